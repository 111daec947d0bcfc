package dev.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted passages in a paragraph: curly double quotes, straight double quotes, TeX-style
 * {@code ``...''} and curly single quotes used as quote marks (not as apostrophes); curly and
 * straight double quotes close each other. A quote left open runs to the end of the paragraph, as
 * news style does for quotes continued in the next paragraph.
 */
final class QuoteSpans {
  /** The quoted characters [start, end) of the text, marks excluded. */
  record Span(int start, int end) {}

  private QuoteSpans() {}

  static List<Span> find(String text, int from, int to) {
    List<Span> out = new ArrayList<>();
    int i = from;
    int first = firstMark(text, from, to);
    if (first >= 0 && isClosingStraight(text, from, first)) {
      // the paragraph opens inside a quote continued from the paragraph before: "..., " he said.
      out.add(new Span(from, first));
      i = first + 1;
    }
    while (i < to) {
      char c = text.charAt(i);
      int open = -1;
      String close = null;
      if (c == '\u201C' || c == '\u201E') {
        open = i + 1;
        close = "\u201D";
      } else if (c == '"') {
        open = i + 1;
        close = "\"";
      } else if (c == '`' && i + 1 < to && text.charAt(i + 1) == '`') {
        open = i + 2;
        close = "''";
      } else if (c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'' && (i == from
          || Character.isWhitespace(text.charAt(i - 1)))) {
        open = i + 2;
        close = "''";
      } else if (c == '\u2018' && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))
          && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        open = i + 1;
        close = "\u2019";
      }
      if (open < 0) {
        i++;
        continue;
      }
      int end = closing(text, open, to, close);
      int contentEnd = end < 0 ? to : end;
      if (contentEnd > open) {
        out.add(new Span(open, contentEnd));
      }
      i = end < 0 ? to : end + close.length();
    }
    return out;
  }

  /** The first double quote mark of the paragraph, or -1. */
  private static int firstMark(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '"' || c == '\u201C' || c == '\u201D') {
        return c == '\u201C' ? -1 : k;
      }
    }
    return -1;
  }

  /**
   * A mark that ends a quote: a curly closing quote, or a straight one right after sentence
   * punctuation, a closing single quote or a word ("homes, \" he said", "homes,\" he said").
   */
  private static boolean isClosingStraight(String text, int from, int at) {
    if (text.charAt(at) == '\u201D') {
      return true;
    }
    int k = at - 1;
    while (k >= from && text.charAt(k) == ' ') {
      k--;
    }
    if (k < from) {
      return false;
    }
    char before = text.charAt(k);
    // a single quote closing a quote inside the quote counts too: "... on a secure phone,' " LaRue said
    boolean punctuation = before == ',' || before == '.' || before == '!' || before == '?' || before == '\''
        || before == '\u2019';
    boolean glued = k == at - 1 && Character.isLetterOrDigit(before);
    boolean after = at + 1 >= text.length() || Character.isWhitespace(text.charAt(at + 1));
    return (punctuation || glued) && after;
  }

  private static int closing(String text, int from, int to, String close) {
    if (close.equals("\u201D") || close.equals("\"")) {
      // curly and straight double quotes close each other: copy-edited text mixes them
      for (int k = from; k < to; k++) {
        char c = text.charAt(k);
        if (c == '"' || c == '\u201D') {
          return k;
        }
      }
      return -1;
    }
    int i = from;
    while (i < to) {
      int k = text.indexOf(close, i);
      if (k < 0 || k >= to) {
        return -1;
      }
      if (close.equals("\u2019") && k + 1 < to && Character.isLetter(text.charAt(k + 1))) {
        i = k + 1; // an apostrophe inside the quote: "it’s"
        continue;
      }
      if (close.equals("\u201D") || close.equals("''") || close.equals("\"") || close.equals("\u2019")) {
        return k;
      }
      i = k + 1;
    }
    return -1;
  }
}
