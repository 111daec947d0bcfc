package dev.crosscheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes report files atomically: into a temporary file next to the target, then renamed over it,
 * so a failed or killed run never leaves a half-written report in place of a good one.
 */
final class Output {
  private Output() {}

  /** Fails early, before any work, when {@code target} cannot be written. */
  static void checkWritable(Path target) {
    Path dir = parent(target);
    if (Files.isDirectory(target)) {
      throw new OutputException("cannot write " + target + ": it is a directory", null);
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new OutputException("cannot write " + target + ": " + dir + " is not a directory", null);
    }
    if (Files.isDirectory(dir) && !Files.isWritable(dir)) {
      throw new OutputException("cannot write " + target + ": directory " + dir + " is not writable", null);
    }
    if (Files.exists(target) && !Files.isWritable(target)) {
      throw new OutputException("cannot write " + target + ": file is read-only", null);
    }
  }

  static void write(Path target, String content) {
    Path dir = parent(target);
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      Files.writeString(temp, content, StandardCharsets.UTF_8);
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
    if (!Files.getFileStore(temp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
      return;
    }
    var permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
        : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, permissions);
  }

  private static Path parent(Path target) {
    Path abs = target.toAbsolutePath();
    return abs.getParent() == null ? abs : abs.getParent();
  }
}
