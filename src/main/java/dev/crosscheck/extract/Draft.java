package dev.crosscheck.extract;

import dev.crosscheck.model.Modality;
import dev.crosscheck.model.Polarity;
import dev.crosscheck.model.Value;

/**
 * A claim found in an article, before it gets its id, evidence offsets and context: the value's
 * tokens run from token {@code start} of sentence {@code sentence} to token {@code end} (exclusive)
 * of sentence {@code endSentence}, which differs from {@code sentence} only for a quote that spans
 * sentences. {@code textStart}/{@code textEnd}, when not -1, are the value's exact offsets in the
 * clean text, for a value that starts or ends inside a token (a quotation mark glued to a word).
 */
record Draft(int sentence, int start, int endSentence, int end, Value value, String subject, String predicate,
    Polarity polarity, Modality modality, String attribution, int textStart, int textEnd) {

  Draft(int sentence, int start, int endSentence, int end, Value value, String subject, String predicate,
      Polarity polarity, Modality modality, String attribution) {
    this(sentence, start, endSentence, end, value, subject, predicate, polarity, modality, attribution, -1, -1);
  }
}
