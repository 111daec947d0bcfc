package dev.crosscheck.lexicon;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1 (extJWNL, the dictionary bundled in the jar, loaded once on first use in about 0.4 s):
 * the synsets of a word's commonest senses, to tell that two words can mean the same ("injure",
 * "wound"). Thread-safe: lookups are cached, and the dictionary is only asked under a lock.
 */
public final class WordNet {
  private static final long[] NONE = new long[0];
  private static volatile WordNet shared;

  /** Kinds of noun senses (WordNet lexicographer files) that name a happening: "arrest", "death". */
  private static final Set<String> EVENT_FILES = Set.of("noun.act", "noun.event");
  /** Senses of a verb whose nouns are looked at: the commonest ones, as news uses them. */
  private static final int EVENT_VERB_SENSES = 2;

  private final Dictionary dictionary;
  private final Map<String, long[]> cache = new ConcurrentHashMap<>();
  private final Map<String, String> eventNouns = new ConcurrentHashMap<>();

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

  /**
   * The noun that names the happening a verb tells of ("die": "death", "arrest": "arrest", "meet":
   * "meeting"), by WordNet's derivational links from the verb's commonest senses: a noun whose linked
   * sense and first sense are both an act or an event, the one used
   * most often in WordNet's tagged texts; "" when there is none ("uphold") or none was ever used.
   */
  public String eventNoun(String verbLemma) {
    return verbLemma.isEmpty() ? "" : eventNouns.computeIfAbsent(verbLemma, this::lookupEventNoun);
  }

  private String lookupEventNoun(String verb) {
    synchronized (dictionary) {
      try {
        IndexWord word = dictionary.getIndexWord(POS.VERB, verb);
        if (word == null) {
          return "";
        }
        String best = "";
        int bestUses = 0;
        List<Synset> senses = word.getSenses();
        for (Synset sense : senses.subList(0, Math.min(EVENT_VERB_SENSES, senses.size()))) {
          for (Word w : sense.getWords()) {
            if (!w.getLemma().equalsIgnoreCase(verb)) {
              continue;
            }
            for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
              if (!(p.getTarget() instanceof Word noun) || noun.getPOS() != POS.NOUN
                  || !EVENT_FILES.contains(noun.getSynset().getLexFileName())) {
                continue;
              }
              String lemma = noun.getLemma().toLowerCase(java.util.Locale.ROOT);
              int uses = eventUses(lemma);
              if (uses > bestUses || uses == bestUses && uses > 0 && lemma.compareTo(best) < 0) {
                best = lemma;
                bestUses = uses;
              }
            }
          }
        }
        return best;
      } catch (JWNLException e) {
        return "";
      }
    }
  }

  /** How often the noun is used in WordNet's tagged texts, over all its senses; 0 unless its first sense is a happening. */
  private int eventUses(String noun) throws JWNLException {
    IndexWord index = dictionary.getIndexWord(POS.NOUN, noun);
    if (index == null || index.getSenses().isEmpty()
        || !EVENT_FILES.contains(index.getSenses().get(0).getLexFileName())) {
      return 0;
    }
    int uses = 0;
    for (Synset s : index.getSenses()) {
      for (Word w : s.getWords()) {
        uses += w.getLemma().equalsIgnoreCase(noun) ? w.getUseCount() : 0;
      }
    }
    return uses;
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
