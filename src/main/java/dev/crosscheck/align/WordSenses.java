package dev.crosscheck.align;

import dev.crosscheck.lexicon.SenseClasses;
import dev.crosscheck.lexicon.WordNet;
import dev.crosscheck.model.ContextTerm;
import java.util.Collections;

/**
 * Whether two words can stand for one another in the telling of one fact: the same comparison form,
 * a class of lexicons/senses.yaml in common ("killed", "death toll"), or, with WordNet on, a synset
 * of their commonest senses in common ("injure", "wound").
 */
public final class WordSenses {
  /** Senses of each word looked at in WordNet: the commonest ones, as news uses them. */
  private static final int WORDNET_SENSES = 2;

  private final SenseClasses classes;
  private final WordNet wordNet;

  /** With {@code wordNet} null, only the lexicon's classes count. */
  public WordSenses(SenseClasses classes, WordNet wordNet) {
    this.classes = classes;
    this.wordNet = wordNet;
  }

  public boolean related(ContextTerm a, ContextTerm b) {
    return a.term().equals(b.term()) || related(a.lemma(), a.tag(), b.lemma(), b.tag());
  }

  public boolean related(String lemmaA, String tagA, String lemmaB, String tagB) {
    if (lemmaA.equals(lemmaB)) {
      return true;
    }
    if (!Collections.disjoint(classes.of(lemmaA), classes.of(lemmaB))) {
      return true;
    }
    return wordNet != null && tagA.equals(tagB)
        && WordNet.share(wordNet.synsets(lemmaA, tagA, WORDNET_SENSES), wordNet.synsets(lemmaB, tagB, WORDNET_SENSES));
  }

  /**
   * The noun that names what a verb tells of ("die": "death"), to say what a date or place is of; ""
   * for light verbs, verbs the lexicon lists under {@code no_event_noun}, and with WordNet off.
   */
  public String eventNoun(String verbLemma) {
    if (wordNet == null || isLightVerb(verbLemma) || classes.noEventNoun().contains(verbLemma)) {
      return "";
    }
    return wordNet.eventNoun(verbLemma);
  }

  public boolean isLightVerb(String lemma) {
    return lemma.isEmpty() || classes.isLight(lemma);
  }
}
