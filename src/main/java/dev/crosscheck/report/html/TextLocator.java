package dev.crosscheck.report.html;

import dev.crosscheck.model.CleanText;
import dev.crosscheck.model.CleanText.TextRange;
import dev.crosscheck.model.OffsetMap;

/**
 * Finds, in an article's clean text, what evidence and claim offsets (into the original text)
 * point at. The clean-to-original map is monotone, so a binary search over it gives the reverse
 * map; a sentence is then confirmed by its text, which the extractor copied from the clean text,
 * taking the occurrence nearest to where the map points (a sentence may occur twice).
 */
public final class TextLocator {
  private final String clean;
  private final OffsetMap map;

  public TextLocator(CleanText text) {
    this.clean = text.text();
    this.map = text.map();
  }

  public String text() {
    return clean;
  }

  /** The clean range of the sentence read at original {@code [start, end)} whose clean text is {@code text}. */
  public TextRange sentence(int start, int end, String text) {
    int estimate = cleanStart(start);
    if (!text.isEmpty()) {
      int after = clean.indexOf(text, estimate);
      int before = clean.lastIndexOf(text, estimate);
      int at = nearest(estimate, before, after);
      if (at >= 0) {
        return new TextRange(at, at + text.length());
      }
    }
    return new TextRange(estimate, Math.max(estimate, cleanEnd(end)));
  }

  /** The clean range of original {@code [start, end)}, kept inside {@code within}. */
  public TextRange span(int start, int end, TextRange within) {
    int s = Math.max(within.start(), Math.min(cleanStart(start), within.end()));
    int e = Math.max(s, Math.min(cleanEnd(end), within.end()));
    return new TextRange(s, e);
  }

  /**
   * The first clean offset whose character maps at or after {@code original}, past the white space
   * inserted between segments (a paragraph break maps to the start of the next paragraph).
   */
  int cleanStart(int original) {
    int lo = 0;
    int hi = clean.length();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (map.toOriginalStart(mid) >= original) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    while (lo < clean.length() && Character.isWhitespace(clean.charAt(lo)) && map.toOriginalStart(lo + 1) <= original) {
      lo++;
    }
    return lo;
  }

  /** The first clean end offset that maps at or after the original end {@code original}. */
  int cleanEnd(int original) {
    int lo = 0;
    int hi = clean.length();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (map.toOriginalEnd(mid) >= original) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private static int nearest(int estimate, int before, int after) {
    if (before < 0) {
      return after;
    }
    if (after < 0) {
      return before;
    }
    return estimate - before <= after - estimate ? before : after;
  }
}
