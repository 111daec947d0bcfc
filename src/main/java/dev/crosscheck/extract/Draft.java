package dev.crosscheck.extract;

import dev.crosscheck.model.Modality;
import dev.crosscheck.model.Polarity;
import dev.crosscheck.model.Value;

/**
 * A claim found in an article, before it gets its id, evidence offsets and context: the value's
 * tokens run from token {@code start} of sentence {@code sentence} to token {@code end} (exclusive)
 * of sentence {@code endSentence}, which differs from {@code sentence} only for a quote that spans
 * sentences.
 */
record Draft(int sentence, int start, int endSentence, int end, Value value, String subject, String predicate,
    Polarity polarity, Modality modality, String attribution) {}
