package dev.crosscheck.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps character offsets of a cleaned text back to the original text. The clean text is made of
 * segments, each copied from a stretch of the original; a segment whose clean and original lengths
 * differ (a decoded HTML entity, a joined line break) maps its inside to its edges. Text inserted
 * between segments (paragraph breaks) maps to the nearest segment edge.
 */
public final class OffsetMap {
  private final int[] cleanStarts;
  private final int[] cleanLengths;
  private final int[] originalStarts;
  private final int[] originalLengths;

  private OffsetMap(int[] cleanStarts, int[] cleanLengths, int[] originalStarts, int[] originalLengths) {
    this.cleanStarts = cleanStarts;
    this.cleanLengths = cleanLengths;
    this.originalStarts = originalStarts;
    this.originalLengths = originalLengths;
  }

  /** The original offset of the character at {@code cleanOffset}, for the start of a span. */
  public int toOriginalStart(int cleanOffset) {
    int i = segmentAtOrBefore(cleanOffset);
    if (i < 0) {
      return cleanStarts.length == 0 ? 0 : originalStarts[0];
    }
    int into = cleanOffset - cleanStarts[i];
    if (into >= cleanLengths[i]) {
      // between segments: the start of the next one
      return i + 1 < cleanStarts.length ? originalStarts[i + 1] : originalStarts[i] + originalLengths[i];
    }
    return cleanLengths[i] == originalLengths[i] ? originalStarts[i] + into : originalStarts[i];
  }

  /** The original offset just after the character before {@code cleanEnd}, for the end of a span. */
  public int toOriginalEnd(int cleanEnd) {
    if (cleanEnd <= 0) {
      return toOriginalStart(0);
    }
    int last = cleanEnd - 1;
    int i = segmentAtOrBefore(last);
    if (i < 0) {
      return cleanStarts.length == 0 ? 0 : originalStarts[0];
    }
    int into = last - cleanStarts[i];
    if (into >= cleanLengths[i]) {
      return originalStarts[i] + originalLengths[i];
    }
    return cleanLengths[i] == originalLengths[i]
        ? originalStarts[i] + into + 1
        : originalStarts[i] + originalLengths[i];
  }

  private int segmentAtOrBefore(int cleanOffset) {
    int i = Arrays.binarySearch(cleanStarts, cleanOffset);
    return i >= 0 ? i : -i - 2;
  }

  public int segments() {
    return cleanStarts.length;
  }

  /** Builds a map segment by segment, in increasing clean and original order. */
  public static final class Builder {
    private final List<int[]> segments = new ArrayList<>();

    public Builder add(int cleanStart, int cleanLength, int originalStart, int originalLength) {
      if (cleanLength < 0 || originalLength < 0 || cleanStart < 0 || originalStart < 0) {
        throw new IllegalArgumentException("bad segment " + cleanStart + "+" + cleanLength + " -> "
            + originalStart + "+" + originalLength);
      }
      if (cleanLength == 0) {
        return this;
      }
      if (!segments.isEmpty()) {
        int[] last = segments.get(segments.size() - 1);
        if (cleanStart < last[0] + last[1]) {
          throw new IllegalArgumentException("segment at clean offset " + cleanStart + " overlaps the one before");
        }
        // merge with a directly adjacent identity segment
        if (last[1] == last[3] && cleanLength == originalLength
            && last[0] + last[1] == cleanStart && last[2] + last[3] == originalStart) {
          last[1] += cleanLength;
          last[3] += originalLength;
          return this;
        }
      }
      segments.add(new int[] {cleanStart, cleanLength, originalStart, originalLength});
      return this;
    }

    public OffsetMap build() {
      int n = segments.size();
      int[] cs = new int[n];
      int[] cl = new int[n];
      int[] os = new int[n];
      int[] ol = new int[n];
      for (int i = 0; i < n; i++) {
        int[] s = segments.get(i);
        cs[i] = s[0];
        cl[i] = s[1];
        os[i] = s[2];
        ol[i] = s[3];
      }
      return new OffsetMap(cs, cl, os, ol);
    }
  }
}
