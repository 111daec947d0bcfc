package dev.crosscheck.extract;

import dev.crosscheck.nlp.Sentence;
import dev.crosscheck.nlp.Token;

/** Finds the head noun of the noun phrase that follows a number or ordinal. */
final class NounPhrases {
  private static final int MAX_MODIFIERS = 4;

  private NounPhrases() {}

  /**
   * The index of the head noun after {@code from}: the last noun of a run of adjectives, proper
   * nouns, nouns and hyphens, at most a few tokens long; -1 when the run holds no noun. A hyphen and
   * a number after a common noun start another quantity: "1,000 full recharges-three times the
   * average" counts recharges.
   */
  static int headAfter(Sentence s, int from) {
    int head = -1;
    int seen = 0;
    for (int i = from; i < s.size() && seen <= MAX_MODIFIERS; i++) {
      Token t = s.token(i);
      String tag = t.tag();
      if (tag.equals("NOUN")) {
        head = i;
      } else if (t.lower().equals("-") && head >= 0 && i + 1 < s.size() && s.token(i + 1).isNumber()
          && Character.isLowerCase(s.token(head).text().charAt(0))) {
        break; // not "7 AK-47 rifles", whose number is part of a name
      } else if (tag.equals("PROPN") || tag.equals("ADJ") || t.lower().equals("-") || tag.equals("NUM")
          && i > from && s.token(i - 1).lower().equals("-")) {
        if (tag.equals("PROPN") && head >= 0) {
          break;
        }
      } else if (tag.equals("VERB") && t.lower().endsWith("ed") && head < 0 && i == from) {
        // "50 wounded": a participle used as a noun keeps going
        head = i;
      } else {
        break;
      }
      seen++;
    }
    return head;
  }
}
