package dev.crosscheck.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.util.Span;

/**
 * Splits the clitics the tokenizer model leaves attached, as Universal Dependencies tokenises them:
 * "Japan's" becomes "Japan" + "'s", "didn't" "did" + "n't", "cannot" "can" + "not". The tagger then
 * tags "Japan" as the proper noun it is. Numbers joined to words by hyphens ("58-year-old") are split
 * at the hyphens too, so every extractor sees the number. A number the tokenizer model cuts between
 * two digits ("1.5" + "2" of "$1.52 million", "46.6" + "4") is joined again first: digits touching
 * digits are one number.
 */
final class Clitics {
  private static final String[] SUFFIXES = {"'s", "'re", "'ve", "'ll", "'d", "'m", "s'"};

  private Clitics() {}

  static Span[] split(String text, Span[] tokens) {
    Span[] spans = joinDigits(text, tokens);
    List<Span> out = new ArrayList<>(spans.length + 4);
    for (int k = 0; k < spans.length; k++) {
      Span s = spans[k];
      String word = text.substring(s.getStart(), s.getEnd()).replace('\u2019', '\'');
      if (k + 1 < spans.length && negationCutShort(text, s, spans[k + 1])) {
        // "didn" + "'t", as the tokenizer sometimes cuts: "did" + "n't"
        out.add(new Span(s.getStart(), s.getEnd() - 1));
        out.add(new Span(s.getEnd() - 1, spans[k + 1].getEnd()));
        k++;
        continue;
      }
      if (NUMBER_COMPOUND.matcher(word).matches()) {
        splitAtHyphens(word, s.getStart(), out);
        continue;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      int cut = cut(lower);
      if (cut > 0 && cut < word.length()) {
        out.add(new Span(s.getStart(), s.getStart() + cut));
        out.add(new Span(s.getStart() + cut, s.getEnd()));
      } else {
        out.add(s);
      }
    }
    return out.toArray(new Span[0]);
  }

  /** The tokens with those that end in a digit joined to a digit token glued after them. */
  private static Span[] joinDigits(String text, Span[] spans) {
    List<Span> out = null;
    for (int k = 1; k < spans.length; k++) {
      Span prev = spans[k - 1];
      Span s = spans[k];
      boolean cut = prev.getEnd() == s.getStart() && s.getStart() > 0
          && Character.isDigit(text.charAt(s.getStart() - 1)) && Character.isDigit(text.charAt(s.getStart()));
      if (cut && out == null) {
        out = new ArrayList<>(List.of(spans).subList(0, k));
      }
      if (out != null) {
        Span last = out.get(out.size() - 1);
        if (cut) {
          out.set(out.size() - 1, new Span(last.getStart(), s.getEnd()));
        } else {
          out.add(s);
        }
      }
    }
    return out == null ? spans : out.toArray(new Span[0]);
  }

  private static boolean negationCutShort(String text, Span word, Span next) {
    if (word.getEnd() != next.getStart() || word.length() < 3 || next.length() != 2) {
      return false;
    }
    String clitic = text.substring(next.getStart(), next.getEnd()).replace('\u2019', '\'');
    char last = Character.toLowerCase(text.charAt(word.getEnd() - 1));
    return clitic.equalsIgnoreCase("'t") && last == 'n';
  }

  /** "58-year-old", "90-day", "3-star": a number joined to words by hyphens. */
  private static final java.util.regex.Pattern NUMBER_COMPOUND =
      java.util.regex.Pattern.compile("\\d+(\\.\\d+)?(-[A-Za-z]*)+");

  private static void splitAtHyphens(String word, int offset, List<Span> out) {
    int start = 0;
    for (int i = 0; i <= word.length(); i++) {
      if (i == word.length() || word.charAt(i) == '-') {
        if (i > start) {
          out.add(new Span(offset + start, offset + i));
        }
        if (i < word.length()) {
          out.add(new Span(offset + i, offset + i + 1));
        }
        start = i + 1;
      }
    }
  }

  /** Where the clitic starts in {@code lower}, or -1. */
  private static int cut(String lower) {
    if (lower.length() < 3) {
      return -1;
    }
    if (lower.endsWith("n't")) {
      return lower.length() - 3;
    }
    if (lower.equals("cannot")) {
      return 3;
    }
    if (lower.endsWith("s'") && Character.isLetter(lower.charAt(lower.length() - 3))) {
      return lower.length() - 1;
    }
    for (String suffix : SUFFIXES) {
      if (suffix.startsWith("'") && lower.length() > suffix.length() && lower.endsWith(suffix)
          && Character.isLetterOrDigit(lower.charAt(lower.length() - suffix.length() - 1))) {
        return lower.length() - suffix.length();
      }
    }
    return -1;
  }
}
