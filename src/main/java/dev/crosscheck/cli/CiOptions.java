package dev.crosscheck.cli;

import dev.crosscheck.ci.Output;
import java.nio.file.Path;
import picocli.CommandLine;

/** Checks of the options {@code check} has for CI: --sarif, --baseline, --write-baseline. */
final class CiOptions {
  private CiOptions() {}

  /** Refuses two outputs naming the same file. */
  static void checkDistinct(CommandLine cl, Path json, Path html, Path sarif, Path writeBaseline) {
    try {
      Output.checkDistinct(new String[] {"--json", "--html", "--sarif", "--write-baseline"},
          new Path[] {json, html, sarif, writeBaseline});
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage());
    }
  }
}
