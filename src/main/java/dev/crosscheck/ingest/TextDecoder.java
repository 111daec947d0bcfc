package dev.crosscheck.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns a file's bytes into text: honours a byte order mark, reads valid UTF-8 as such and anything
 * else as Windows-1252 (a superset of Latin-1's printable characters), and refuses binary data.
 */
final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /** Decodes {@code bytes}; throws {@link InputProblem} when they are not text. */
  static Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), Optional.empty());
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), Optional.empty());
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), Optional.empty());
    }
    if (looksBinary(bytes)) {
      throw new InputProblem("binary data, not text");
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return new Decoded(text, Optional.empty());
    } catch (CharacterCodingException e) {
      return new Decoded(new String(bytes, WINDOWS_1252), Optional.of("not valid UTF-8: read as Windows-1252"));
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** A NUL byte, or more than one control character in twenty, in the first 8 KiB. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return n > 0 && control * 20 > n;
  }
}
