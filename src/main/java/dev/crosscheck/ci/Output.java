package dev.crosscheck.ci;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes report files atomically: into a hidden temporary file next to the target, then renamed
 * over it, so a failed or killed run never leaves a half-written report in place of a good one. The
 * temporary file is deleted when writing fails, and when the run is interrupted (Ctrl-C, SIGTERM).
 * Errors name the target as the user gave it and the reason, never the temporary file.
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
  /**
   * Fails early, before any work, when {@code target} cannot be written: a file is created in its
   * directory (or the nearest one that exists) and deleted at once, which finds what permission bits
   * do not tell (a read-only file system, /proc).
   */
  public static void checkWritable(Path target) {
    Path dir = parent(target);
    if (Files.isDirectory(target)) {
      throw new OutputException("cannot write " + target + ": it is a directory", null);
    }
    Path existing = dir;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return;
    }
    if (!Files.isDirectory(existing)) {
      throw new OutputException("cannot write " + target + ": " + existing + " is not a directory", null);
    }
    if (!Files.isWritable(existing)) {
      throw new OutputException("cannot write " + target + ": directory " + existing + " is not writable", null);
    }
    if (Files.exists(target) && !Files.isWritable(target)) {
      throw new OutputException("cannot write " + target + ": file is read-only", null);
    }
    try {
      Files.delete(createHidden(target, existing, ".tmp"));
    } catch (IOException e) {
      throw failed(target, e);
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
    try (OutputBatch batch = new OutputBatch()) {
      batch.write(target, content);
      batch.commit();
    }
  }

  /** As {@link #write(Path, Content)}, for content that writes its own bytes. */
  public static void writeUtf8(Path target, Utf8Content content) {
    try (OutputBatch batch = new OutputBatch()) {
      batch.writeUtf8(target, content);
      batch.commit();
    }
  }

  /**
   * A new hidden file next to {@code target}, {@code .<name>.<digits><suffix>}, its directories made
   * as needed; deleted when the JVM exits if it is still there.
   */
  public static Path hiddenFile(Path target, String suffix) {
    Path dir = parent(target);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw failed(target, "cannot create directory " + dir + " (" + reason(e) + ")", e);
    }
    try {
      Path file = createHidden(target, dir, suffix);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw failed(target, e);
    }
  }

  /** A hidden file in {@code dir}; its failure says so, naming the directory. */
  private static Path createHidden(Path target, Path dir, String suffix) throws IOException {
    try {
      return Files.createTempFile(dir, "." + target.getFileName() + ".", suffix);
    } catch (IOException e) {
      throw new IOException("cannot create a file in " + dir + " (" + reason(e) + ")", e);
    }
  }

  /** "cannot write TARGET: why", for a failure of any step of writing {@code target}. */
  public static OutputException failed(Path target, IOException e) {
    return failed(target, reason(e), e);
  }

  private static OutputException failed(Path target, String why, IOException e) {
    return new OutputException("cannot write " + target + ": " + why, e);
  }

  /**
   * Why an I/O operation failed, without the path that the JDK's message for a file system error is
   * (often the hidden temporary file's, which means nothing to the user): the system's reason
   * ("Read-only file system", "No space left on device") or, when the JDK gives none, the kind of
   * failure.
   */
  public static String reason(IOException e) {
    if (!(e instanceof FileSystemException f)) {
      return e.getMessage();
    }
    if (f.getReason() != null) {
      return f.getReason();
    }
    if (f instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (f instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (f instanceof NotDirectoryException) {
      return "not a directory";
    }
    return f.getMessage();
  }

  public static Path parent(Path target) {
    Path abs = target.toAbsolutePath();
    return abs.getParent() == null ? abs : abs.getParent();
  }
}
