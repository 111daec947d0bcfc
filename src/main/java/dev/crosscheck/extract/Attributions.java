package dev.crosscheck.extract;

import java.util.List;

/** The speaker each sentence is attributed to ("X said ...", "according to X"), or none. */
final class Attributions {
  private final List<Speaker> bySentence;

  Attributions(List<Speaker> bySentence) {
    this.bySentence = List.copyOf(bySentence);
  }

  Speaker speaker(int sentence) {
    return sentence < bySentence.size() ? bySentence.get(sentence) : Speaker.NONE;
  }

  /** The speaker's name for a claim's attribution, or empty. */
  String of(int sentence) {
    Speaker s = speaker(sentence);
    return s.shown() ? (s.name().isEmpty() || !s.known() ? s.text() : s.name()) : "";
  }
}
