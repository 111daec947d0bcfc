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
    if (!located(idx, e)) {
      return Segments.of(e.text(), 0, ViewBuilder.textMarks(e.text(), values));
    }
    return Segments.of(e.text(), sentence.start(), inText(idx, e, values));
  }

  /** Where the values are in the clean text, inside the evidence sentence; none when the sentence is not found there. */
  static List<TextRange> inText(ArticleIndex idx, Evidence e, List<FindingValue> values) {
    if (!located(idx, e)) {
      return List.of();
    }
    List<TextRange> marks = new ArrayList<>();
    for (FindingValue v : values) {
      marks.addAll(marks(idx, idx.claimsAt(e), v, idx.sentence(e)));
    }
    return marks;
  }

  /** Whether the evidence sentence was found in the clean text, as the extractor copied it. */
  private static boolean located(ArticleIndex idx, Evidence e) {
    TextRange sentence = idx.sentence(e);
    return idx.clean().substring(sentence.start(), sentence.end()).equals(e.text());
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
      List<String> words = standIns(want);
      for (int w = words.size() - 1; out.isEmpty() && w >= 0; w--) { // the last word first: a surname
        for (TextRange r : Segments.find(text, words.get(w))) {
          out.add(new TextRange(r.start() + sentence.start(), r.end() + sentence.start()));
        }
      }
    }
    return out;
  }

  /**
   * The words of a value that can stand for it in a sentence that says it in other words (a surname for
   * a full name: "the Biden administration" for "Joe Biden"): those capitalised or with digits, in
   * their order.
   */
  private static List<String> standIns(String value) {
    List<String> out = new ArrayList<>();
    for (String w : value.split("\\s+")) {
      String word = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
      if (word.length() > 2 && (Character.isUpperCase(word.codePointAt(0)) || word.chars().anyMatch(Character::isDigit))) {
        out.add(word);
      }
    }
    return out;
  }

  /**
   * The part of {@code range} that reads {@code want} ("Anthony Blinken" in "Secretary of State
   * Anthony Blinken"), else the shortest part holding each of its words in any order ("Kihara
   * Minoru" for "Minoru Kihara"), else all of it.
   */
  private static TextRange narrow(ArticleIndex idx, TextRange range, String want) {
    String text = idx.clean().substring(range.start(), range.end());
    List<TextRange> found = Segments.find(text, want);
    if (found.isEmpty()) {
      int start = text.length();
      int end = 0;
      for (String word : want.split("\\s+")) {
        List<TextRange> at = Segments.find(text, word);
        if (at.isEmpty()) {
          return range;
        }
        start = Math.min(start, at.get(0).start());
        end = Math.max(end, at.get(0).end());
      }
      found = List.of(new TextRange(start, Math.max(start, end)));
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
