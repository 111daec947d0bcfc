package dev.crosscheck.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the other sources of a case say its fact in other words: the word sets of the edited
 * sentence and of each sentence of {@code others_say} overlap (Jaccard) less than {@link #COPY_JACCARD}.
 * The same measure as make_cases.py's validator.
 */
final class Wordings {
  /** Two sentences whose word sets overlap this much are one wording (a copy), not a paraphrase. */
  static final double COPY_JACCARD = 0.6;
  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]+");

  private Wordings() {}

  static EvalCase.Wording of(String sourceText, String find, List<String> othersSay) {
    if (othersSay.isEmpty()) {
      return EvalCase.Wording.UNKNOWN;
    }
    int at = sourceText.indexOf(find);
    if (at < 0) {
      return EvalCase.Wording.UNKNOWN;
    }
    String own = sentenceAt(sourceText, at, at + find.length());
    for (String other : othersSay) {
      if (jaccard(own, other) >= COPY_JACCARD) {
        return EvalCase.Wording.COPIED;
      }
    }
    return EvalCase.Wording.PARAPHRASED;
  }

  /** The sentence around [start, end): from after the previous sentence end or line break to the next. */
  static String sentenceAt(String text, int start, int end) {
    int a = start;
    while (a > 0 && !(text.charAt(a - 1) == '\n' || ".!?".indexOf(text.charAt(a - 1)) >= 0
        && Character.isWhitespace(text.charAt(a)))) {
      a--;
    }
    int b = end;
    while (b < text.length() && !(text.charAt(b) == '\n' || ".!?".indexOf(text.charAt(b)) >= 0
        && (b + 1 >= text.length() || Character.isWhitespace(text.charAt(b + 1))))) {
      b++;
    }
    return text.substring(a, Math.min(text.length(), b + 1)).strip();
  }

  static double jaccard(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    Set<String> union = new HashSet<>(x);
    union.addAll(y);
    x.retainAll(y);
    return (double) x.size() / Math.max(1, union.size());
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
