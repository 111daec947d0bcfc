package dev.crosscheck.extract;

import dev.crosscheck.lexicon.Spelling;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * The comparison form of a word: lower case, American spelling, Porter stem, so "Defence",
 * "defended" and "defense" meet. Cached; thread-safe.
 */
public final class Terms {
  private static final int MAX_CACHED = 300_000;
  private static final ThreadLocal<PorterStemmer> STEMMER = ThreadLocal.withInitial(PorterStemmer::new);

  private final Spelling spelling;
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  public Terms(Spelling spelling) {
    this.spelling = spelling;
  }

  public String term(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String cached = cache.get(lower);
    if (cached != null) {
      return cached;
    }
    String folded = spelling.normalize(lower.replace('\u2019', '\''));
    String stem = folded.length() <= 3 || !folded.chars().allMatch(Character::isLetter)
        ? folded : STEMMER.get().stem(folded);
    if (cache.size() < MAX_CACHED) {
      cache.put(lower, stem);
    }
    return stem;
  }
}
