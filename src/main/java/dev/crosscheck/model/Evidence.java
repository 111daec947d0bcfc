package dev.crosscheck.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * The sentence a claim or finding comes from, with character offsets into the source's original
 * text (the file as decoded, or the text field of a JSON article): {@code original.substring(start, end)}
 * is where {@link #text()} was read.
 */
public record Evidence(String source, String text, int start, int end) implements Serializable {
  public Evidence {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad evidence offsets [" + start + ", " + end + ") in " + source);
    }
  }
}
