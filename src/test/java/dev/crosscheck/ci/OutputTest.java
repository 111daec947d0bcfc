package dev.crosscheck.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports are replaced whole or not at all, and no temporary file stays behind. */
class OutputTest {
  @TempDir
  Path tmp;

  private String[] files() throws IOException {
    try (Stream<Path> list = Files.list(tmp)) {
      return list.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  @Test
  void writesAndReplaces() throws IOException {
    Path target = tmp.resolve("report.json");
    Output.write(target, "{\"old\": true}\n");
    Output.write(target, w -> w.write("{\"new\": true}\n"));
    assertThat(target).hasContent("{\"new\": true}");
    assertThat(files()).containsExactly("report.json");
  }

  @Test
  void anIoFailureWhileWritingLeavesTheOldReportAndNoTemporaryFile() throws IOException {
    Path target = tmp.resolve("report.json");
    Output.write(target, "{\"good\": true}\n");
    assertThatThrownBy(() -> Output.write(target, w -> {
      w.write("{\"half\": ");
      w.flush();
      throw new IOException("No space left on device");
    })).isInstanceOf(OutputException.class).hasMessage("cannot write " + target + ": No space left on device");
    assertThat(target).hasContent("{\"good\": true}");
    assertThat(files()).containsExactly("report.json");
  }

  @Test
  void aRenderingFailureLeavesTheOldReportAndNoTemporaryFile() throws IOException {
    Path target = tmp.resolve("report.html");
    Output.write(target, "<p>good</p>\n");
    assertThatThrownBy(() -> Output.write(target, w -> {
      w.write("<p>ha".repeat(100_000));
      throw new IllegalStateException("template failed");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(target).hasContent("<p>good</p>");
    assertThat(files()).containsExactly("report.html");
  }

  @Test
  void aNewReportInANewDirectory() throws IOException {
    Path target = tmp.resolve("reports/sub/x.json");
    Output.checkWritable(target);
    Output.write(target, "{}\n");
    assertThat(target).hasContent("{}");
  }

  @Test
  void unwritableTargetsAreRefusedBeforeAnyWork() throws IOException {
    Path file = Files.writeString(tmp.resolve("file"), "x");
    assertThatThrownBy(() -> Output.checkWritable(file.resolve("x.json"))).isInstanceOf(OutputException.class)
        .hasMessage("cannot write " + file.resolve("x.json") + ": " + file + " is not a directory");
    assertThatThrownBy(() -> Output.checkWritable(file.resolve("deeper/x.json"))).isInstanceOf(OutputException.class)
        .hasMessageEndingWith(file + " is not a directory");
    assertThatThrownBy(() -> Output.checkWritable(tmp)).isInstanceOf(OutputException.class)
        .hasMessageEndingWith("it is a directory");
  }
}
