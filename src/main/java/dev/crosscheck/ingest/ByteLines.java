package dev.crosscheck.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Lines of a JSON Lines file as bytes, so that each line can be decoded on its own (a line that is
 * not UTF-8 does not spoil the others). Shared by the command line's corpus reader and the Spark job.
 */
public final class ByteLines {
  private ByteLines() {}

  /** The next line of {@code in} without its line end ("\n" or "\r\n"), or null at the end. */
  public static byte[] next(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      line.write(b);
    }
    if (b == -1 && line.size() == 0) {
      return null;
    }
    byte[] bytes = line.toByteArray();
    return bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? Arrays.copyOf(bytes, bytes.length - 1) : bytes;
  }
}
