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
import java.util.HashMap;
import java.util.Map;

/**
 * Writes report files atomically: into a temporary file next to the target, then renamed over it,
 * so a failed or killed run never leaves a half-written report in place of a good one. The
 * temporary file is deleted when writing fails, and when the run is interrupted (Ctrl-C, SIGTERM).
 * Failures are {@link OutputException}s whose one-line message names the file and the reason.
 */
public final class Output {
  private Output() {}

  /** What goes into a file, written as it is made. */
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  /** What goes into a file, written as it is made, in UTF-8 bytes. */
  public interface Utf8Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Fails early, before any work, when {@code target} cannot be written. */
  public static void checkWritable(Path target) {
    Path dir = parent(target);
    if (Files.isDirectory(target)) {
      throw new OutputException("cannot write " + target + ": it is a directory", null);
    }
    Path existing = dir;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing != null && !Files.isDirectory(existing)) {
      throw new OutputException("cannot write " + target + ": " + existing + " is not a directory", null);
    }
    if (existing != null && !Files.isWritable(existing)) {
      throw new OutputException("cannot write " + target + ": directory " + existing + " is not writable", null);
    }
    if (Files.exists(target) && !Files.isWritable(target)) {
      throw new OutputException("cannot write " + target + ": file is read-only", null);
    }
  }

  /**
   * Refuses two outputs naming the same file: {@code files[i]} is the file of option {@code options[i]},
   * null when not given. Throws IllegalArgumentException "--a and --b name the same file: FILE".
   */
  public static void checkDistinct(String[] options, Path[] files) {
    Map<Path, String> seen = new HashMap<>();
    for (int i = 0; i < files.length; i++) {
      if (files[i] == null) {
        continue;
      }
      String before = seen.putIfAbsent(files[i].toAbsolutePath().normalize(), options[i]);
      if (before != null) {
        throw new IllegalArgumentException(before + " and " + options[i] + " name the same file: " + files[i]);
      }
    }
  }

  public static void write(Path target, String content) {
    write(target, out -> out.write(content));
  }

  /**
   * Writes {@code content} to {@code target} in UTF-8 (characters that UTF-8 cannot encode fail the
   * write); on any failure, I/O or other, the target is left as it was and the temporary file is
   * removed.
   */
  public static void write(Path target, Content content) {
    writeUtf8(target, out -> {
      Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()));
      content.writeTo(text);
      text.flush();
    });
  }

  /** As {@link #write(Path, Content)}, for content that writes its own bytes. */
  public static void writeUtf8(Path target, Utf8Content content) {
    Path dir = parent(target);
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      temp.toFile().deleteOnExit();
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
        content.writeTo(out);
      }
      readableLikeAnyFile(temp, target);
      try {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new OutputException("cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the temporary file is left behind; the target is untouched
        }
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

  private static Path parent(Path target) {
    Path abs = target.toAbsolutePath();
    return abs.getParent() == null ? abs : abs.getParent();
  }
}
