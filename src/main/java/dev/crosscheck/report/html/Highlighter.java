package dev.crosscheck.report.html;

import dev.crosscheck.model.CleanText.TextRange;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.FindingValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Marks a finding's values in one of its evidence sentences. The claims read from that sentence
 * give exact positions: those whose value text is the finding's value, else those with its
 * normalised form, else those whose value text contains it or is contained in it ("Sunday" for
 * "Sunday (planned)"), a longer claim narrowed to the value's words ("Lloyd Austin" in "Defense
 * Secretary Lloyd Austin"); failing all, the value's text is searched in the sentence.
 */
final class Highlighter {
  private Highlighter() {}

  static List<Segments.Segment> evidence(ArticleIndex idx, Evidence e, List<FindingValue> values) {
    TextRange sentence = idx.sentence(e);
    String clean = idx.clean().substring(sentence.start(), sentence.end());
    if (!clean.equals(e.text())) {
      return Segments.of(e.text(), 0, ViewBuilder.textMarks(e.text(), values));
    }
    List<TextRange> marks = new ArrayList<>();
    for (FindingValue v : values) {
      marks.addAll(marks(idx, idx.claimsAt(e), v, sentence));
    }
    return Segments.of(clean, sentence.start(), marks);
  }

  /** Where {@code v} is in the sentence, best evidence first: same text, same normal form, containment, search. */
  static List<TextRange> marks(ArticleIndex idx, List<Claim> claims, FindingValue v, TextRange sentence) {
    List<TextRange> out = new ArrayList<>();
    String want = v.text().strip();
    for (Claim c : claims) {
      if (c.value().text().strip().equals(want)) {
        out.add(idx.value(c));
      }
    }
    if (out.isEmpty() && !v.normalized().isBlank()) {
      for (Claim c : claims) {
        if (c.value().normalized().equals(v.normalized())) {
          out.add(narrow(idx, idx.value(c), want));
        }
      }
    }
    if (out.isEmpty()) {
      for (Claim c : claims) {
        if (overlapping(c.value().text(), want)) {
          out.add(narrow(idx, idx.value(c), want));
        }
      }
    }
    if (out.isEmpty()) {
      String text = idx.clean().substring(sentence.start(), sentence.end());
      for (TextRange r : Segments.find(text, want)) {
        out.add(new TextRange(r.start() + sentence.start(), r.end() + sentence.start()));
      }
    }
    return out;
  }

  /** The part of {@code range} that reads {@code want} ("Anthony Blinken" in "Secretary of State Anthony Blinken"). */
  private static TextRange narrow(ArticleIndex idx, TextRange range, String want) {
    List<TextRange> found = Segments.find(idx.clean().substring(range.start(), range.end()), want);
    if (found.isEmpty()) {
      return range;
    }
    TextRange f = found.get(0);
    return new TextRange(range.start() + f.start(), range.start() + f.end());
  }

  /** Whether one text contains the other (ignoring case), the shorter having at least three characters. */
  static boolean overlapping(String a, String b) {
    String x = a.strip().toLowerCase(Locale.ROOT);
    String y = b.strip().toLowerCase(Locale.ROOT);
    if (Math.min(x.length(), y.length()) < 3) {
      return false;
    }
    return x.contains(y) || y.contains(x);
  }
}
