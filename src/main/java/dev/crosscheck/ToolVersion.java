package dev.crosscheck;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's version, from the build (crosscheck/version.properties); "dev" when there is none. */
public final class ToolVersion {
  private static final String VERSION = read();

  private ToolVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = ToolVersion.class.getClassLoader().getResourceAsStream("crosscheck/version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
