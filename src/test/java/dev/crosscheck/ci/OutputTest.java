package dev.crosscheck.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
  void aBatchPutsNoFileInPlaceWhenOneFails() throws IOException {
    Path json = tmp.resolve("report.json");
    Path html = tmp.resolve("report.html");
    Output.write(json, "{\"good\": true}\n");
    Output.write(html, "<p>good</p>\n");
    assertThatThrownBy(() -> {
      try (OutputBatch batch = new OutputBatch()) {
        batch.write(json, "{\"new\": true}\n");
        batch.write(html, w -> {
          w.write("<p>ha");
          w.flush();
          throw new IOException("No space left on device");
        });
        batch.commit();
      }
    }).isInstanceOf(OutputException.class).hasMessage("cannot write " + html + ": No space left on device");
    assertThat(json).hasContent("{\"good\": true}");
    assertThat(html).hasContent("<p>good</p>");
    assertThat(files()).containsExactly("report.html", "report.json");
  }

  @Test
  void aFileSystemErrorIsToldByItsReasonNotByTheTemporaryFilesName() {
    String temp = tmp.resolve(".x.html.123.tmp").toString();
    assertThat(Output.reason(new NoSuchFileException(temp))).isEqualTo("no such file or directory");
    assertThat(Output.reason(new AccessDeniedException(temp))).isEqualTo("permission denied");
    assertThat(Output.reason(new FileSystemException(temp, null, "Read-only file system")))
        .isEqualTo("Read-only file system");
    assertThat(Output.reason(new IOException("No space left on device"))).isEqualTo("No space left on device");
  }

  /** /proc takes no new file, even from root, whom its permission bits let write. */
  @Test
  void aDirectoryThatTakesNoNewFileIsRefusedWithTheTargetAndTheReason() {
    Path proc = Path.of("/proc");
    assumeThat(Files.isDirectory(proc.resolve("self"))).as("a Linux /proc").isTrue();
    Path target = proc.resolve("x.html");
    assertThatThrownBy(() -> Output.checkWritable(target)).isInstanceOf(OutputException.class)
        .hasMessageStartingWith("cannot write " + target + ": ").hasMessageNotContaining(".tmp");
    assertThatThrownBy(() -> Output.write(target, "<p>x</p>")).isInstanceOf(OutputException.class)
        .hasMessageStartingWith("cannot write " + target + ": ").hasMessageNotContaining(".tmp");
    assertThat(target).doesNotExist();
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
