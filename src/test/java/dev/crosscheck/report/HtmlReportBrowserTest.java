package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import dev.crosscheck.report.html.StoryView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Reports in a real headless Chromium: counts, filters, search, links to sentences, no script error.
 * Expected values come from the JSON report of the same run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlReportBrowserTest {
  private static final Path OUT = Path.of("target", "browser");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Path STORIES = Path.of("src", "test", "resources", "eval", "stories");

  private Browser browser;
  private Path html;
  private JsonNode summary;
  private final Map<String, Page> pages = new LinkedHashMap<>();

  /** A generated report: the page and its JSON. */
  private record Page(Path html, JsonReport json) {}

  @BeforeAll
  void generateAndStart() throws IOException {
    Files.createDirectories(OUT);
    pages.put("seeds", generate(Path.of("seeds"), "seeds"));
    // two stories of several sources each: filter keys given across stories
    Path two = OUT.resolve("two-stories");
    for (String story : List.of("34-ecb", "39-ecb")) {
      copyDirectory(STORIES.resolve(story), two.resolve(story));
    }
    pages.put("two-stories", generate(two, "two-stories"));
    html = pages.get("seeds").html();
    summary = pages.get("seeds").json().summary();
    browser = Browser.start();
  }

  private static Page generate(Path corpus, String name) {
    Path page = OUT.resolve(name + ".html");
    Path json = OUT.resolve(name + ".json");
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"check", corpus.toString(), "--json", json.toString(), "--html", page.toString(),
        "--fail-on", "never"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    return new Page(page, JsonReport.read(json));
  }

  private static void copyDirectory(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
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
    assertThat(omissionRows).hasSize(omissions);
    int lead = Math.min(omissions, StoryView.LEAD_OMISSIONS);
    assertThat(omissionRows.subList(0, lead)).as("the first omissions").allMatch(WebElement::isDisplayed);
    assertThat(omissionRows.subList(lead, omissions)).as("the rest, behind Show all").noneMatch(WebElement::isDisplayed);
    browser.driver.findElement(By.cssSelector("details[data-more] > summary")).click();
    assertThat(omissionRows).as("all omissions after Show all").allMatch(WebElement::isDisplayed);

    browser.driver.findElement(By.cssSelector("input[name='kind'][value='omission']")).click();
    assertThat(omissionRows).noneMatch(WebElement::isDisplayed);
    assertThat(findings("[data-kind='conflict']")).allMatch(WebElement::isDisplayed);
    assertThat(status()).isEqualTo((total - omissions) + " of " + total + " findings shown");

    browser.driver.findElement(By.cssSelector("button[type='reset']")).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> omissionRows.get(0).isDisplayed());

    // search: only findings mentioning Blinken stay
    browser.driver.findElement(By.name("q")).sendKeys("Blinken");
    List<WebElement> shown = findings("").stream().filter(HtmlReportBrowserTest::shown).toList();
    assertThat(shown).isNotEmpty().hasSizeLessThan(total)
        .allMatch(f -> f.getAttribute("textContent").toLowerCase().contains("blinken"));
    assertThat(browser.severeConsoleMessages()).as("console errors").isEmpty();
  }

  /**
   * For each source of the JSON report, "reported by" and "left out by" show exactly the findings
   * whose {@code reportedBy} or {@code omittedBy} name it, and the counter says how many.
   */
  @ParameterizedTest
  @ValueSource(strings = {"seeds", "two-stories"})
  void sourceFilterShowsTheFindingsTheJsonReportGivesTheSource(String name) {
    Page page = pages.get(name);
    browser.open(page.html());
    Select select = new Select(browser.driver.findElement(By.name("source")));
    Map<String, String> options = sourceOptions();
    int total = page.json().findings().size();
    Set<String> sources = page.json().sourceIds();
    assertThat(sources).hasSizeGreaterThan(2);
    int partial = 0;
    for (String source : sources) {
      for (String mode : List.of("r", "o")) {
        String field = mode.equals("r") ? "reportedBy" : "omittedBy";
        Set<String> expected = page.json().findingIds(f -> JsonReport.strings(f.path(field)).contains(source));
        assertThat(options).as("filter options").containsKey(mode + " " + source);
        select.selectByValue(options.get(mode + " " + source));
        String what = (mode.equals("r") ? "reported by " : "left out by ") + source;
        assertThat(shownFindingIds()).as(what).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(status()).as(what).isEqualTo(expected.size() == total ? "all " + total + " findings shown"
            : expected.size() + " of " + total + " findings shown");
        if (!expected.isEmpty() && expected.size() < total) {
          partial++;
        }
      }
    }
    assertThat(partial).as("choices that show some findings and hide others").isGreaterThan(sources.size());
    select.selectByValue("");
    assertThat(status()).isEqualTo("all " + total + " findings shown");
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

  @ParameterizedTest
  @ValueSource(strings = {"seeds", "two-stories"})
  void narrowScreensDoNotScrollSideways(String name) {
    Dimension size = browser.driver.manage().window().getSize();
    browser.driver.manage().window().setSize(new Dimension(390, 844));
    try {
      browser.open(pages.get(name).html());
      assertThat((Boolean) browser.js("return document.documentElement.scrollWidth <= window.innerWidth;")).isTrue();
      browser.screenshot(SCREENSHOTS.resolve(name + "-report-narrow.png"));
    } finally {
      browser.driver.manage().window().setSize(size);
    }
  }

  /** Source texts stand in two columns, each card as tall as its text: no empty space below a short one. */
  @ParameterizedTest
  @ValueSource(strings = {"seeds", "two-stories"})
  void sourceTextsLeaveNoEmptySpaceInTheirCards(String name) {
    browser.open(pages.get(name).html());
    List<Map<String, Object>> cards = browser.js("return Array.prototype.map.call(document.querySelectorAll("
        + "'.source-text'), function (card) { var r = card.getBoundingClientRect();"
        + " var last = card.querySelector('.st-body').lastElementChild.getBoundingClientRect();"
        + " return {id: card.id, left: r.left, empty: r.bottom - last.bottom}; });");
    assertThat(cards).hasSize(pages.get(name).json().sourceIds().size());
    assertThat(cards.stream().map(c -> ((Number) c.get("left")).intValue()).distinct()).as("columns").hasSize(2);
    for (Map<String, Object> card : cards) {
      assertThat(((Number) card.get("empty")).doubleValue()).as("empty space at the foot of %s", card.get("id"))
          .isLessThan(40);
    }
  }

  /** Scrolled into the omissions, the matrix's header row (the source tags) stays in view under the filter bar. */
  @Test
  void matrixHeaderStaysUnderTheFilterBar() {
    browser.driver.findElement(By.cssSelector("details[data-more] > summary")).click();
    List<WebElement> rows = findings("[data-kind='omission']");
    WebElement row = rows.get(rows.size() - 4);
    browser.js("arguments[0].scrollIntoView({block: 'center'});", row);
    Map<String, Number> at = browser.js("var bar = document.getElementById('filters').getBoundingClientRect();"
        + " var table = arguments[0].closest('.matrix');"
        + " var head = table.querySelector('thead th').getBoundingClientRect();"
        + " return {bar: bar.bottom, head: head.top, table: table.getBoundingClientRect().top};", row);
    assertThat(at.get("table").doubleValue()).as("matrix top, scrolled past").isLessThan(0);
    assertThat(at.get("head").doubleValue()).as("header row").isCloseTo(at.get("bar").doubleValue(), within(1.0));
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

  /**
   * The values of the source filter's options by what they choose: "r " or "o " (reported by, left
   * out by) and the source id of the option's {@code data-source}. Fails on two options for one choice.
   */
  private Map<String, String> sourceOptions() {
    List<List<String>> options = browser.js("return Array.prototype.map.call(document.querySelectorAll("
        + "'select[name=source] option[data-source]'), function (o) { return [o.value, o.dataset.source]; });");
    Map<String, String> out = new HashMap<>();
    for (List<String> o : options) {
      String choice = o.get(0).substring(0, 1) + " " + o.get(1);
      assertThat(out.put(choice, o.get(0))).as("two options for %s", choice).isNull();
    }
    return out;
  }

  /** The ids of the findings the filters leave shown (some may sit in a closed {@code <details>}). */
  private List<String> shownFindingIds() {
    return browser.js("return Array.prototype.filter.call(document.querySelectorAll('[data-finding]'),"
        + " function (f) { return !f.hidden; }).map(function (f) { return f.dataset.id; });");
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
