package dev.crosscheck.lexicon;

import dev.crosscheck.rules.PhraseSet;
import dev.crosscheck.rules.YamlDocument;
import java.util.Set;

/** Cues of negation, modality and attribution (lexicons/modality.yaml). */
public record ModalityCues(
    PhraseSet negation,
    PhraseSet nonNegations,
    PhraseSet pendingNegations,
    Set<String> degreeWords,
    PhraseSet negationBreaks,
    PhraseSet planned,
    PhraseSet requested,
    PhraseSet hypothetical,
    PhraseSet reported,
    Set<String> speechVerbs,
    PhraseSet attributionCues,
    Set<String> clauseBreaks,
    Set<String> relativePronouns) {

  /** Whether the negation cue at {@code i} is part of a phrase of {@code phrases} ("whether or not", "not only"). */
  public static boolean within(PhraseSet phrases, String[] lower, int i) {
    for (int back = 0; back <= 3 && back <= i; back++) {
      if (phrases.matchAt(lower, i - back) > back) {
        return true;
      }
    }
    return false;
  }

  static ModalityCues from(YamlDocument doc) {
    doc.requireKeys("negation", "non_negations", "pending_negations", "degree_words", "negation_breaks", "planned", "requested", "hypothetical", "reported", "speech_verbs", "attribution_cues", "clause_breaks", "relative_pronouns");
    return new ModalityCues(
        new PhraseSet(doc.strings("/negation")),
        new PhraseSet(doc.strings("/non_negations")),
        new PhraseSet(doc.strings("/pending_negations")),
        Set.copyOf(doc.strings("/degree_words")),
        new PhraseSet(doc.strings("/negation_breaks")),
        new PhraseSet(doc.strings("/planned")),
        new PhraseSet(doc.strings("/requested")),
        new PhraseSet(doc.strings("/hypothetical")),
        new PhraseSet(doc.strings("/reported")),
        Set.copyOf(doc.strings("/speech_verbs")),
        new PhraseSet(doc.strings("/attribution_cues")),
        Set.copyOf(doc.strings("/clause_breaks")),
        Set.copyOf(doc.strings("/relative_pronouns")));
  }
}
