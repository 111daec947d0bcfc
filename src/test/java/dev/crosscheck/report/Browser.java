package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Test helper: a real headless Chromium driven through chromedriver, both the Debian packages
 * (chromium, chromium-driver), started offline with a fresh profile under target/.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Starts the browser, or fails the test with how to install it when it is missing. */
  static Browser start() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail("the HTML report tests need a real Chromium: " + CHROMIUM + " and " + CHROMEDRIVER
          + " must exist. Install them with: sudo apt-get install -y --no-install-recommends chromium "
          + "chromium-driver (.ci/run does this in CI).");
    }
    Path profile;
    try {
      Path base = Files.createDirectories(Path.of("target", "browser"));
      profile = Files.createTempDirectory(base.toAbsolutePath(), "profile-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-extensions", "--disable-default-apps", "--hide-scrollbars", "--window-size=1280,1600",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    return new Browser(new ChromeDriver(service, options));
  }

  void open(Path file) {
    driver.get(file.toAbsolutePath().toUri().toString());
    // the whole page parsed before a test reads it (a long report was once read half-loaded)
    new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
        .until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
            "return document.readyState")));
  }

  @SuppressWarnings("unchecked")
  <T> T js(String script, Object... args) {
    return (T) driver.executeScript(script, args);
  }

  /** Messages the page wrote to the console at level SEVERE (script errors, refused content). */
  List<String> severeConsoleMessages() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Saves what the window shows. */
  void screenshot(Path png) {
    write(png, driver.getScreenshotAs(OutputType.BYTES));
  }

  /** Saves the whole page (up to {@code maxHeight} pixels), beyond the window. */
  void fullPageScreenshot(Path png, int maxHeight) {
    long width = js("return document.documentElement.scrollWidth;");
    long height = js("return document.documentElement.scrollHeight;");
    Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", Math.min(height, maxHeight),
        "scale", 1);
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    write(png, Base64.getDecoder().decode((String) shot.get("data")));
  }

  private static void write(Path png, byte[] bytes) {
    try {
      Files.createDirectories(png.toAbsolutePath().getParent());
      Files.write(png, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
