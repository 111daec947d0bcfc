package dev.crosscheck.nlp;

import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.SequenceValidator;

/**
 * The lemma of one word with the OpenNLP lemmatizer model: the likeliest edit script the sequence
 * validator allows, decoded as {@code LemmatizerME} decodes it. For a one-word sequence that is the
 * beam search's answer, without sorting every outcome of the model; a test checks that both agree.
 * Not thread-safe: one per thread, the model is shared.
 */
final class GreedyLemmatizer {
  private static final String MODEL_ARTIFACT = "lemmatizer.model";

  private final MaxentModel model;
  private final LemmatizerContextGenerator contexts;
  private final SequenceValidator<String> validator;

  GreedyLemmatizer(LemmatizerModel lemmatizerModel) {
    Object artifact = lemmatizerModel.getArtifact(MODEL_ARTIFACT);
    if (!(artifact instanceof MaxentModel maxent)) {
      throw new IllegalArgumentException("the lemmatizer model has no maximum-entropy model");
    }
    this.model = maxent;
    this.contexts = lemmatizerModel.getFactory().getContextGenerator();
    this.validator = lemmatizerModel.getFactory().getSequenceValidator();
  }

  /** The lemma the model gives {@code word} tagged {@code tag}; "O" when it has none. */
  String lemma(String word, String tag) {
    String[] words = {word};
    String[] tags = {tag};
    String[] previous = {};
    double[] probs = model.eval(contexts.getContext(0, words, tags, previous));
    String script = null;
    double best = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < probs.length; k++) {
      if (probs[k] > best) {
        String outcome = model.getOutcome(k);
        if (validator == null || validator.validSequence(0, words, tags, outcome)) {
          best = probs[k];
          script = outcome;
        }
      }
    }
    if (script == null) {
      return "O";
    }
    return LemmatizerME.decodeLemmas(words, new String[] {script})[0];
  }
}
