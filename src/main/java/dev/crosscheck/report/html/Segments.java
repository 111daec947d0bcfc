package dev.crosscheck.report.html;

import dev.crosscheck.model.CleanText.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Cuts a stretch of text into plain and marked segments; a marked one may link to a finding. */
public final class Segments {
  private Segments() {}

  /** A piece of text, marked (a highlighted value) or not; {@code href} is "" or a link to the finding using the value. */
  public record Segment(String text, boolean mark, String href, String kind, String title) {
    public Segment(String text, boolean mark) {
      this(text, mark, "", "", "");
    }

    public boolean hasHref() {
      return !href.isEmpty();
    }
  }

  /** A range to mark, with the finding it links to: its {@code href} ("" for none), kind and a title naming it. */
  public record Mark(TextRange range, String href, String kind, String title) {
    static Mark plain(TextRange range) {
      return new Mark(range, "", "", "");
    }
  }

  /**
   * The segments of {@code text}, which starts at offset {@code offset} of the text that
   * {@code marks} point into. Marks may overlap or reach outside; overlapping marks are joined.
   */
  public static List<Segment> of(String text, int offset, List<TextRange> marks) {
    return linked(text, offset, marks.stream().map(Mark::plain).toList());
  }

  /**
   * The same with marks that link to findings: overlapping marks, and touching ones with the same
   * link, are joined, and the joined mark links where the first of them in {@code marks} does, its
   * title naming them all.
   */
  public static List<Segment> linked(String text, int offset, List<Mark> marks) {
    List<Segment> out = new ArrayList<>();
    int at = 0;
    for (Mark m : join(marks)) {
      int s = Math.max(at, Math.min(text.length(), m.range().start() - offset));
      int e = Math.max(s, Math.min(text.length(), m.range().end() - offset));
      if (e == s) {
        continue;
      }
      if (s > at) {
        out.add(new Segment(text.substring(at, s), false));
      }
      out.add(new Segment(text.substring(s, e), true, m.href(), m.kind(), m.title()));
      at = e;
    }
    if (at < text.length() || out.isEmpty()) {
      out.add(new Segment(text.substring(at), false));
    }
    return out;
  }

  /** Sorted, non-empty ranges with overlapping or touching ones joined. */
  public static List<TextRange> merge(List<TextRange> ranges) {
    return join(ranges.stream().map(Mark::plain).toList()).stream().map(Mark::range).toList();
  }

  private static List<Mark> join(List<Mark> marks) {
    List<Mark> sorted = marks.stream().filter(m -> m.range().end() > m.range().start())
        .sorted(Comparator.comparingInt((Mark m) -> m.range().start()).thenComparingInt(m -> m.range().end()))
        .toList();
    List<List<Mark>> groups = new ArrayList<>();
    int end = 0; // end of the last group
    for (Mark m : sorted) {
      List<Mark> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last != null && (m.range().start() < end
          || m.range().start() == end && m.href().equals(last.get(last.size() - 1).href()))) {
        last.add(m);
        end = Math.max(end, m.range().end());
      } else {
        groups.add(new ArrayList<>(List.of(m)));
        end = m.range().end();
      }
    }
    List<Mark> out = new ArrayList<>();
    for (List<Mark> group : groups) {
      List<Mark> byOrder = group.stream().sorted(Comparator.comparingInt(marks::indexOf)).toList();
      int start = group.get(0).range().start();
      int stop = group.stream().mapToInt(m -> m.range().end()).max().orElseThrow();
      String title = byOrder.stream().map(Mark::title).filter(t -> !t.isEmpty()).distinct()
          .collect(Collectors.joining("; "));
      out.add(new Mark(new TextRange(start, stop), byOrder.get(0).href(), byOrder.get(0).kind(), title));
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
