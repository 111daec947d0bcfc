package dev.crosscheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The tool's version, from the build. */
public final class Version implements CommandLine.IVersionProvider {
  private static final String VERSION = read();

  public static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = Version.class.getClassLoader().getResourceAsStream("crosscheck/version.properties")) {
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

  @Override
  public String[] getVersion() {
    return new String[] {"crosscheck " + VERSION};
  }
}
