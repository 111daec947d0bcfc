package dev.crosscheck.report.html;

import dev.crosscheck.model.CleanText.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Cuts a stretch of text into plain and marked segments. */
public final class Segments {
  private Segments() {}

  /** A piece of text, marked (a highlighted value) or not. */
  public record Segment(String text, boolean mark) {}

  /**
   * The segments of {@code text}, which starts at offset {@code offset} of the text that
   * {@code marks} point into. Marks may overlap or reach outside; overlapping marks are joined.
   */
  public static List<Segment> of(String text, int offset, List<TextRange> marks) {
    List<TextRange> merged = merge(marks);
    List<Segment> out = new ArrayList<>();
    int at = 0;
    for (TextRange m : merged) {
      int s = Math.max(at, Math.min(text.length(), m.start() - offset));
      int e = Math.max(s, Math.min(text.length(), m.end() - offset));
      if (e == s) {
        continue;
      }
      if (s > at) {
        out.add(new Segment(text.substring(at, s), false));
      }
      out.add(new Segment(text.substring(s, e), true));
      at = e;
    }
    if (at < text.length() || out.isEmpty()) {
      out.add(new Segment(text.substring(at), false));
    }
    return out;
  }

  /** Sorted, non-empty ranges with overlapping or touching ones joined. */
  public static List<TextRange> merge(List<TextRange> ranges) {
    List<TextRange> sorted = new ArrayList<>(ranges);
    sorted.removeIf(r -> r.end() == r.start());
    sorted.sort(Comparator.comparingInt(TextRange::start).thenComparingInt(TextRange::end));
    List<TextRange> out = new ArrayList<>();
    for (TextRange r : sorted) {
      if (!out.isEmpty() && r.start() <= out.get(out.size() - 1).end()) {
        TextRange last = out.remove(out.size() - 1);
        out.add(new TextRange(last.start(), Math.max(last.end(), r.end())));
      } else {
        out.add(r);
      }
    }
    return out;
  }

  /** Every place where {@code needle} occurs in {@code text}, ignoring case; none for a blank needle. */
  public static List<TextRange> find(String text, String needle) {
    List<TextRange> out = new ArrayList<>();
    String n = needle.strip().toLowerCase(Locale.ROOT);
    if (n.isEmpty()) {
      return out;
    }
    String t = text.toLowerCase(Locale.ROOT);
    if (t.length() != text.length()) {
      return out; // case folding changed lengths: offsets would not match
    }
    for (int i = t.indexOf(n); i >= 0; i = t.indexOf(n, i + n.length())) {
      out.add(new TextRange(i, i + n.length()));
    }
    return out;
  }
}
