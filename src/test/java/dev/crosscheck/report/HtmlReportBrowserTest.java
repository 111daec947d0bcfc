package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The seeds report in a real headless Chromium: counts, filters, search, links to sentences, no script error. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlReportBrowserTest {
  private static final Path OUT = Path.of("target", "browser");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private Browser browser;
  private Path html;
  private JsonNode summary;

  @BeforeAll
  void generateAndStart() throws IOException {
    Files.createDirectories(OUT);
    html = OUT.resolve("seeds.html");
    Path json = OUT.resolve("seeds.json");
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"check", "seeds", "--json", json.toString(), "--html", html.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    summary = new ObjectMapper().readTree(json.toFile()).get("summary");
    browser = Browser.start();
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void load() {
    browser.open(html);
  }

  @Test
  void headerShowsTheCountsOfTheSummary() {
    assertThat(count("stories")).isEqualTo(summary.get("stories").asInt());
    assertThat(count("sources")).isEqualTo(summary.get("sources").asInt());
    assertThat(count("findings")).isEqualTo(summary.get("findings").asInt());
    for (String kind : List.of("conflict", "omission", "agreement")) {
      int expected = summary.get("byKind").get(kind).asInt();
      assertThat(count(kind)).as(kind).isEqualTo(expected);
      assertThat(findings("[data-kind='" + kind + "']")).as(kind + " items").hasSize(expected);
    }
    for (String severity : List.of("error", "warning", "note")) {
      assertThat(count(severity)).as(severity).isEqualTo(summary.get("bySeverity").get(severity).asInt());
    }
    assertThat(status()).isEqualTo("all " + summary.get("findings").asInt() + " findings shown");
    assertThat(browser.severeConsoleMessages()).as("console errors").isEmpty();
    browser.screenshot(SCREENSHOTS.resolve("seeds-report.png"));
    browser.fullPageScreenshot(SCREENSHOTS.resolve("seeds-report-full.png"), 30_000);
  }

  @Test
  void filtersHideRows() {
    int total = summary.get("findings").asInt();
    int omissions = summary.get("byKind").get("omission").asInt();
    List<WebElement> omissionRows = browser.driver.findElements(By.cssSelector("tr[data-finding][data-kind='omission']"));
    assertThat(omissionRows).isNotEmpty().allMatch(WebElement::isDisplayed);

    browser.driver.findElement(By.cssSelector("input[name='kind'][value='omission']")).click();
    assertThat(omissionRows).noneMatch(WebElement::isDisplayed);
    assertThat(findings("[data-kind='conflict']")).allMatch(WebElement::isDisplayed);
    assertThat(status()).isEqualTo((total - omissions) + " of " + total + " findings shown");

    browser.driver.findElement(By.cssSelector("button[type='reset']")).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> omissionRows.get(0).isDisplayed());

    // source filter: what the last source leaves out
    Select source = new Select(browser.driver.findElement(By.name("source")));
    WebElement leftOut = source.getOptions().stream()
        .filter(o -> o.getAttribute("value").startsWith("o:")).reduce((a, b) -> b).orElseThrow();
    String key = leftOut.getAttribute("value").substring(2);
    source.selectByValue(leftOut.getAttribute("value"));
    for (WebElement f : findings("")) {
      boolean omits = List.of(f.getAttribute("data-omitted").split(" ")).contains(key);
      assertThat(shown(f)).as(f.getAttribute("id")).isEqualTo(omits); // agreements: shown, but inside <details>
    }
    source.selectByValue("");

    // search: only findings mentioning Blinken stay
    browser.driver.findElement(By.name("q")).sendKeys("Blinken");
    List<WebElement> shown = findings("").stream().filter(HtmlReportBrowserTest::shown).toList();
    assertThat(shown).isNotEmpty().hasSizeLessThan(total)
        .allMatch(f -> f.getAttribute("textContent").toLowerCase().contains("blinken"));
    assertThat(browser.severeConsoleMessages()).as("console errors").isEmpty();
  }

  @Test
  void aFindingLinksToItsSentenceInTheSourceText() {
    WebElement conflict = browser.driver.findElement(By.cssSelector("article[data-kind='conflict']"));
    WebElement link = conflict.findElement(By.cssSelector(".ev-link"));
    String quoted = conflict.findElement(By.cssSelector(".ev-text")).getText();
    String id = link.getAttribute("href").replaceFirst("^.*#", "");
    link.click();

    WebElement target = browser.driver.findElement(By.id(id));
    assertThat((String) browser.js("return document.querySelector(':target') && document.querySelector(':target').id;"))
        .isEqualTo(id);
    assertThat(target.isDisplayed()).isTrue();
    assertThat(target.getText()).isEqualTo(quoted);
    assertThat(target.getAttribute("class")).contains("cited");
    assertThat((Boolean) browser.js("var r = arguments[0].getBoundingClientRect();"
        + " return r.top >= 0 && r.bottom <= window.innerHeight;", target)).as("sentence in view").isTrue();
    assertThat(target.findElements(By.cssSelector("mark"))).as("claims highlighted").isNotEmpty();
    browser.screenshot(SCREENSHOTS.resolve("seeds-report-sentence.png"));

    // and back from the sentence to a finding that cites it
    WebElement back = target.findElement(By.xpath("following-sibling::span[@class='refs'][1]/a"));
    String findingId = back.getAttribute("href").replaceFirst("^.*#", "");
    back.click();
    assertThat(browser.driver.findElement(By.id(findingId)).isDisplayed()).isTrue();
  }

  @Test
  void agreementsAreCollapsedUntilALinkLeadsThere() {
    WebElement box = browser.driver.findElement(By.cssSelector("details.agreements-box"));
    assertThat(box.getAttribute("open")).isNull();
    WebElement row = browser.driver.findElement(By.cssSelector("tr[data-kind='agreement']"));
    assertThat(row.isDisplayed()).isFalse();
    browser.js("location.hash = arguments[0];", row.getAttribute("id"));
    assertThat(row.isDisplayed()).as("link target inside collapsed agreements").isTrue();
    assertThat(box.getAttribute("open")).isNotNull();
  }

  @Test
  void printLayoutHidesTheControlsAndOpensTheAgreements() {
    browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertThat(browser.driver.findElement(By.id("filters")).isDisplayed()).isFalse();
      // rendered (WebDriver's isDisplayed says no to anything inside a closed <details>, whatever the CSS)
      WebElement agreement = browser.driver.findElement(By.cssSelector("tr[data-kind='agreement']"));
      assertThat((Boolean) browser.js("return arguments[0].getClientRects().length > 0"
          + " && arguments[0].getBoundingClientRect().height > 0;", agreement)).as("agreements printed").isTrue();
      assertThat(browser.driver.findElement(By.cssSelector("article[data-kind='conflict']")).isDisplayed()).isTrue();
      browser.fullPageScreenshot(SCREENSHOTS.resolve("seeds-report-print.png"), 30_000);
    } finally {
      browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @Test
  void narrowScreensDoNotScrollSideways() {
    Dimension size = browser.driver.manage().window().getSize();
    browser.driver.manage().window().setSize(new Dimension(390, 844));
    try {
      browser.open(html);
      assertThat((Boolean) browser.js("return document.documentElement.scrollWidth <= window.innerWidth;")).isTrue();
      browser.screenshot(SCREENSHOTS.resolve("seeds-report-narrow.png"));
    } finally {
      browser.driver.manage().window().setSize(size);
    }
  }

  @Test
  void aMalformedLinkLeavesTheReportWorking() {
    browser.driver.get(html.toAbsolutePath().toUri() + "#%E0%A4%A");
    browser.driver.navigate().refresh();
    assertThat(browser.driver.findElement(By.id("filters")).isDisplayed()).as("filters shown").isTrue();
    assertThat(browser.severeConsoleMessages()).as("console errors").isEmpty();
  }

  @Test
  void hostileArticleRunsNoScript() throws IOException {
    Path hostile = OUT.resolve("hostile.html");
    Files.writeString(hostile, HtmlReport.write(HostileStory.report()));
    browser.open(hostile);
    browser.driver.findElements(By.cssSelector(".ev-link")).get(0).click();
    assertThat(browser.driver.getTitle()).startsWith("hostile");
    assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("<script>alert(1)</script>")
        .contains("<img src=x onerror=alert(2)>");
    assertThat(browser.driver.findElements(By.cssSelector("main img, main b"))).isEmpty();
    assertThat((Object) browser.js("return window.crosscheckProbe;")).isNull();
    assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    assertThat(browser.severeConsoleMessages()).as("console errors").isEmpty();
  }

  private int count(String name) {
    return Integer.parseInt(browser.driver.findElement(By.cssSelector("[data-count='" + name + "']")).getText());
  }

  private List<WebElement> findings(String filter) {
    return browser.driver.findElements(By.cssSelector("[data-finding]" + filter));
  }

  /** Not hidden by the filters (it may still sit in a closed {@code <details>}). */
  private static boolean shown(WebElement finding) {
    return !Boolean.parseBoolean(finding.getDomProperty("hidden"));
  }

  private String status() {
    return browser.driver.findElement(By.id("filter-status")).getText();
  }
}
