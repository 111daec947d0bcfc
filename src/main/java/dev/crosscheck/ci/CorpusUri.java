package dev.crosscheck.ci;

import dev.crosscheck.report.SarifReport;
import java.nio.file.Path;

/** Where the corpus directory is, for SARIF's {@code originalUriBaseIds} (docs/CI.md). */
public final class CorpusUri {
  private CorpusUri() {}

  /**
   * The corpus directory's path relative to the working directory with a final "/", or an absolute
   * file URI when it lies outside it.
   */
  public static String of(Path root) {
    Path cwd = Path.of("").toAbsolutePath().normalize();
    Path abs = root.toAbsolutePath().normalize();
    if (abs.startsWith(cwd)) {
      String rel = cwd.relativize(abs).toString().replace('\\', '/');
      return rel.isEmpty() ? "./" : SarifReport.uri(rel) + "/";
    }
    return abs.toUri().toASCIIString().replaceAll("/?$", "/");
  }
}
