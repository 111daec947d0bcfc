package dev.crosscheck.cli;

import dev.crosscheck.ci.Output;
import dev.crosscheck.ci.OutputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A temporary file next to a report's target that holds the report's stories while the run goes
 * on, so they need not stay in memory: written once, in order, then read back once. Deleted on
 * {@link #close()}, and when the run is interrupted.
 */
final class Spool implements AutoCloseable {
  private final Path target;
  private final Path file;
  private Writer out;

  Spool(Path target) {
    this.target = target;
    file = Output.hiddenFile(target, ".part");
    try {
      out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      close();
      throw failed(e);
    }
  }

  /** Where the stories go, until {@link #reader()}. */
  Writer writer() {
    return out;
  }

  /** What was written, from the start, in UTF-8 as it lies in the file; no more can be written. */
  InputStream bytes() {
    try {
      out.close();
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  OutputException failed(IOException e) {
    return Output.failed(target, e);
  }

  @Override
  public void close() {
    try {
      if (out != null) {
        out.close();
      }
    } catch (IOException ignored) {
      // the file is deleted below
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // left behind in the target's directory; deleted on exit
    }
  }
}
