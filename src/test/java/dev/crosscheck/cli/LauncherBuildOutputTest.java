package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code crosscheck} launcher builds the jar with Maven on its first run; Maven's output must
 * then hold no terminal escape codes. Debian's Maven 3.8 (with jansi 2) writes a colour reset,
 * {@code ESC[0m}, to stdout and stderr on exit even with {@code -B -Dstyle.color=never};
 * {@code .mvn/jvm.config} turns it off ({@code -Djansi.noreset=true}). Runs Maven as the launcher
 * does, on the validate phase only; skipped when {@code mvn} is not on the PATH.
 */
class LauncherBuildOutputTest {
  private static final String ESC = "\u001b";

  @Test
  void mavenRunAsTheLauncherRunsItWritesNoEscapeCodes() throws IOException, InterruptedException {
    assumeThat(mavenOnPath()).as("mvn on the PATH").isTrue();
    Path pom = Path.of("pom.xml").toAbsolutePath();
    ProcessBuilder pb = new ProcessBuilder(List.of("mvn", "-q", "-B", "-Dstyle.color=never", "-o", "-f",
        pom.toString(), "-DskipSpark", "validate")).redirectErrorStream(true);
    pb.environment().remove("MAVEN_OPTS");
    Process p = pb.start();
    p.getOutputStream().close();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(output).isZero();
    assertThat(output).as("Maven's output, escapes shown as \\e: %s", output.replace(ESC, "\\e"))
        .doesNotContain(ESC);
  }

  private static boolean mavenOnPath() {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "mvn"))) {
        return true;
      }
    }
    return false;
  }
}
