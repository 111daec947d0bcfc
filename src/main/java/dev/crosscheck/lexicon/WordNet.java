package dev.crosscheck.lexicon;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1 (extJWNL, the dictionary bundled in the jar, loaded once on first use in about 0.4 s):
 * the synsets of a word's commonest senses, to tell that two words can mean the same ("injure",
 * "wound"). Thread-safe: lookups are cached, and the dictionary is only asked under a lock.
 */
public final class WordNet {
  private static final long[] NONE = new long[0];
  private static volatile WordNet shared;

  private final Dictionary dictionary;
  private final Map<String, long[]> cache = new ConcurrentHashMap<>();

  private WordNet(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** The one dictionary of this JVM. */
  public static WordNet shared() {
    WordNet w = shared;
    if (w == null) {
      synchronized (WordNet.class) {
        w = shared;
        if (w == null) {
          try {
            w = new WordNet(Dictionary.getDefaultResourceInstance());
          } catch (JWNLException e) {
            throw new IllegalStateException("cannot load the bundled WordNet dictionary: " + e.getMessage(), e);
          }
          shared = w;
        }
      }
    }
    return w;
  }

  /**
   * The sorted synset keys of the first {@code senses} senses of {@code lemma} as a word of the part
   * of speech of a Universal Dependencies tag (NOUN, VERB, ADJ, ADV); none for other tags or unknown words.
   */
  public long[] synsets(String lemma, String tag, int senses) {
    POS pos = switch (tag) {
      case "NOUN" -> POS.NOUN;
      case "VERB" -> POS.VERB;
      case "ADJ" -> POS.ADJECTIVE;
      case "ADV" -> POS.ADVERB;
      default -> null;
    };
    if (pos == null || lemma.isEmpty()) {
      return NONE;
    }
    return cache.computeIfAbsent(pos.getKey() + senses + lemma, k -> lookup(pos, lemma, senses));
  }

  private long[] lookup(POS pos, String lemma, int senses) {
    synchronized (dictionary) {
      try {
        IndexWord word = dictionary.getIndexWord(pos, lemma);
        if (word == null) {
          return NONE;
        }
        int n = Math.min(senses, word.getSenses().size());
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
          out[i] = (long) pos.getId() << 40 | word.getSenses().get(i).getOffset();
        }
        Arrays.sort(out);
        return out;
      } catch (JWNLException e) {
        return NONE;
      }
    }
  }

  /** Whether two sorted key arrays share a key. */
  public static boolean share(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        return true;
      }
      if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return false;
  }
}
