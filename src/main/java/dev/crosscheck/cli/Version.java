package dev.crosscheck.cli;

import dev.crosscheck.ToolVersion;
import picocli.CommandLine;

/** The tool's version for {@code --version}. */
public final class Version implements CommandLine.IVersionProvider {
  public static String get() {
    return ToolVersion.get();
  }

  @Override
  public String[] getVersion() {
    return new String[] {"crosscheck " + ToolVersion.get()};
  }
}
