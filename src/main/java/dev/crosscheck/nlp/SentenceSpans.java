package dev.crosscheck.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Repairs sentence splits the model makes after abbreviations: a "sentence" that starts with a digit
 * or a lower-case letter continues the one before ("on Jan." + "5 in Tokyo"), and a lone closing
 * quote or bracket belongs to the sentence before it.
 */
final class SentenceSpans {
  private SentenceSpans() {}

  static List<Span> merge(String text, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (Span s : spans) {
      if (!out.isEmpty() && continues(text, s)) {
        Span last = out.remove(out.size() - 1);
        out.add(new Span(last.getStart(), s.getEnd()));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private static boolean continues(String text, Span s) {
    int i = s.getStart();
    while (i < s.getEnd() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i >= s.getEnd()) {
      return true;
    }
    char c = text.charAt(i);
    if (Character.isDigit(c) || Character.isLowerCase(c)) {
      return true;
    }
    String rest = text.substring(i, s.getEnd()).strip();
    return rest.length() <= 2 && !Character.isLetterOrDigit(rest.charAt(0));
  }
}
