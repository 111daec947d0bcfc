package dev.crosscheck.cli;

import dev.crosscheck.report.SarifReport;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/** Checks and values of the options {@code check} has for CI: --sarif, --baseline, --write-baseline. */
final class CiOptions {
  private CiOptions() {}

  /** Refuses two outputs naming the same file. */
  static void checkDistinct(CommandLine cl, Path json, Path html, Path sarif, Path writeBaseline) {
    Map<Path, String> seen = new HashMap<>();
    String[] names = {"--json", "--html", "--sarif", "--write-baseline"};
    Path[] paths = {json, html, sarif, writeBaseline};
    for (int i = 0; i < paths.length; i++) {
      if (paths[i] == null) {
        continue;
      }
      String before = seen.putIfAbsent(paths[i].toAbsolutePath().normalize(), names[i]);
      if (before != null) {
        throw new CommandLine.ParameterException(cl, before + " and " + names[i] + " name the same file: " + paths[i]);
      }
    }
  }

  /**
   * Where the corpus directory is, for SARIF's originalUriBaseIds: its path relative to the
   * working directory with a final "/", or an absolute file URI when it lies outside it.
   */
  static String corpusUri(Path root) {
    Path cwd = Path.of("").toAbsolutePath().normalize();
    Path abs = root.toAbsolutePath().normalize();
    if (abs.startsWith(cwd)) {
      String rel = cwd.relativize(abs).toString().replace('\\', '/');
      return rel.isEmpty() ? "./" : SarifReport.uri(rel) + "/";
    }
    return abs.toUri().toASCIIString().replaceAll("/?$", "/");
  }
}
