package dev.crosscheck.ci;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a run writes, put in place together: each is written whole into a hidden temporary file
 * next to its target; {@link #commit()} then renames them all over their targets. When writing any
 * of them fails, no target is touched, and {@link #close()} removes the temporary files.
 */
public final class OutputBatch implements AutoCloseable {
  /** A file written, waiting to be renamed over its target. */
  private record Staged(Path target, Path temp) {}

  private final List<Staged> staged = new ArrayList<>();

  /** Writes {@code content} in UTF-8 (characters that UTF-8 cannot encode fail the write). */
  public void write(Path target, Output.Content content) {
    writeUtf8(target, out -> {
      Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()));
      content.writeTo(text);
      text.flush();
    });
  }

  public void write(Path target, String content) {
    write(target, out -> out.write(content));
  }

  public void writeUtf8(Path target, Output.Utf8Content content) {
    Path temp = Output.hiddenFile(target, ".tmp");
    staged.add(new Staged(target, temp));
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
      content.writeTo(out);
    } catch (IOException e) {
      throw Output.failed(target, e);
    }
  }

  /** Renames every file written over its target, in the order they were written. */
  public void commit() {
    for (Staged s : staged) {
      try {
        readableLikeAnyFile(s.temp(), s.target());
        try {
          Files.move(s.temp(), s.target(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(s.temp(), s.target(), StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        throw Output.failed(s.target(), e);
      }
    }
  }

  /** Removes the temporary files not renamed; the targets stay as they were. */
  @Override
  public void close() {
    for (Staged s : staged) {
      try {
        Files.deleteIfExists(s.temp());
      } catch (IOException ignored) {
        // left behind, hidden, next to the target; deleted on exit
      }
    }
  }

  /** A temporary file is private to its owner; a report is as readable as any file the user writes. */
  private static void readableLikeAnyFile(Path temp, Path target) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    var permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
        : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, permissions);
  }
}
