package dev.crosscheck.model;

import java.util.List;
import java.util.Objects;

/**
 * An article's text after boilerplate removal: the kept paragraphs, separated by blank lines, with
 * the map back to the original and each paragraph's range in the clean text.
 */
public record CleanText(String text, OffsetMap map, List<TextRange> paragraphs) {
  public CleanText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(map, "map");
    paragraphs = List.copyOf(paragraphs);
  }

  /** A half-open range of characters. */
  public record TextRange(int start, int end) {
    public TextRange {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
      }
    }
  }
}
