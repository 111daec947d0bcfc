package dev.crosscheck.report;

import dev.crosscheck.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Takes the screenshots of docs/HTML.md, on demand (not a test): the reports of seeds/ and of one
 * ECB+ story in headless Chromium, on a desktop (1400 pixels wide) and a phone (400), each at the
 * top of the page, at the omissions and at the source texts. With {@code --full}, every window of
 * the pages instead, to look at. See docs/HTML.md for the command.
 */
public final class ReportScreenshots {
  private static final List<String> CORPORA = List.of("seeds", "src/test/resources/eval/stories/01-ecbplus");
  private static final List<String> PLACES = List.of("top", "omissions", "texts");

  private ReportScreenshots() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: ReportScreenshots OUTDIR [--full]");
      System.exit(2);
    }
    Path out = Files.createDirectories(Path.of(args[0]));
    boolean full = List.of(args).contains("--full");
    try (Browser browser = Browser.start()) {
      for (String corpus : CORPORA) {
        String name = Path.of(corpus).getFileName().toString();
        Path html = out.resolve(name + ".html");
        int code = Main.run(new String[] {"check", corpus, "--html", html.toString(), "--fail-on", "never"},
            new PrintWriter(new StringWriter()), new PrintWriter(System.err, true));
        if (code != 0) {
          throw new IllegalStateException("crosscheck check " + corpus + " exited with " + code);
        }
        for (int width : List.of(1400, 400)) {
          browser.driver.manage().window().setSize(new Dimension(width, width > 700 ? 1000 : 860));
          browser.open(html);
          if (full) {
            pages(browser, out.resolve(name + "-" + width));
            continue;
          }
          for (String place : PLACES) {
            if (place.equals("top")) {
              browser.js("window.scrollTo(0, 0);");
            } else {
              WebElement section = browser.driver.findElement(By.id("s1-" + place));
              browser.js("arguments[0].scrollIntoView();", section);
            }
            browser.screenshot(out.resolve(name + "-" + width + "-" + place + ".png"));
          }
        }
        Files.delete(html);
      }
    }
  }

  /** The whole page, window after window ({@code prefix}-01.png...), each overlapping the last a little. */
  private static void pages(Browser browser, Path prefix) {
    long height = browser.js("return document.documentElement.scrollHeight;");
    long step = browser.js("return window.innerHeight - 80;");
    int n = 1;
    for (long y = 0; y < height; y += step) {
      browser.js("window.scrollTo(0, arguments[0]);", y);
      browser.screenshot(Path.of(String.format("%s-%02d.png", prefix, n++)));
    }
  }
}
