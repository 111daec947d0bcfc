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
  /** Bytes, and then characters, looked at to tell text from binary data. */
  private static final int SAMPLE = 8192;

  private TextDecoder() {}

  /** Decodes {@code bytes}; throws {@link InputProblem} when they are not text. */
  static Decoded decode(byte[] bytes) {
    return decode(bytes, false);
  }

  /**
   * Decodes {@code bytes}, the whole file or, when {@code cut}, its first bytes only: then a
   * character the cut split in two is left out. Throws {@link InputProblem} when they are not text.
   */
  static Decoded decode(byte[] bytes, boolean cut) {
    Decoded decoded = decodeText(bytes, cut);
    if (looksGarbled(decoded.text())) {
      throw new InputProblem("binary data, not text");
    }
    return decoded;
  }

  private static Decoded decodeText(byte[] bytes, boolean cut) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(utf8(bytes, 3, cut), Optional.empty());
    }
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      Charset utf16 = bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
      int length = (bytes.length - 2) & ~1;
      String text = new String(bytes, 2, length, utf16);
      if (cut && !text.isEmpty() && Character.isHighSurrogate(text.charAt(text.length() - 1))) {
        text = text.substring(0, text.length() - 1);
      }
      return new Decoded(text, Optional.empty());
    }
    if (looksBinary(bytes)) {
      throw new InputProblem("binary data, not text");
    }
    try {
      return new Decoded(strictUtf8(bytes, 0, cut ? completeUtf8Length(bytes) : bytes.length), Optional.empty());
    } catch (CharacterCodingException e) {
      return new Decoded(new String(bytes, WINDOWS_1252), Optional.of("not valid UTF-8: read as Windows-1252"));
    }
  }

  private static String utf8(byte[] bytes, int from, boolean cut) {
    int end = cut ? Math.max(from, completeUtf8Length(bytes)) : bytes.length;
    return new String(bytes, from, end - from, StandardCharsets.UTF_8);
  }

  private static String strictUtf8(byte[] bytes, int from, int end) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, from, end - from))
        .toString();
  }

  /** The length of {@code bytes} without a UTF-8 sequence left incomplete at its end. */
  static int completeUtf8Length(byte[] bytes) {
    int n = bytes.length;
    int i = n - 1;
    // back over at most three continuation bytes (10xxxxxx) to the sequence's lead byte
    while (i >= 0 && i > n - 4 && (bytes[i] & 0xC0) == 0x80) {
      i--;
    }
    if (i < 0) {
      return n;
    }
    int lead = bytes[i] & 0xFF;
    int expected = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    return n - i < expected ? i : n;
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
    int n = Math.min(bytes.length, SAMPLE);
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

  /**
   * More than one character in twenty of the first 8K is a control character, unassigned, private
   * or a broken surrogate: binary data that a byte order mark made look like UTF-16 text.
   */
  static boolean looksGarbled(String text) {
    int n = Math.min(text.length(), SAMPLE);
    int bad = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      boolean pairedSurrogate = Character.isHighSurrogate(c) ? i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1)) : Character.isLowSurrogate(c) && i > 0
          && Character.isHighSurrogate(text.charAt(i - 1));
      if (type == Character.CONTROL && !Character.isWhitespace(c) || type == Character.UNASSIGNED
          || type == Character.PRIVATE_USE || type == Character.SURROGATE && !pairedSurrogate || c == '\uFFFD') {
        bad++;
      }
    }
    return n > 0 && bad * 20 > n;
  }
}
