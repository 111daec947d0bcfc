package dev.crosscheck.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lemmas of single words from OpenNLP's lemmatizer model ({@link GreedyLemmatizer}), cached by word and tag: the model is about ten
 * times slower than the tagger, and a story's vocabulary repeats, so each form is lemmatised once.
 * Thread-safe.
 */
public final class Lemmas {
  private static final Lemmas SHARED = new Lemmas();
  private static final int MAX_CACHED = 200_000;
  private static final ThreadLocal<GreedyLemmatizer> LEMMATIZER =
      ThreadLocal.withInitial(() -> new GreedyLemmatizer(NlpModels.shared().lemmatizer()));

  private final Map<String, String> cache = new ConcurrentHashMap<>();

  public static Lemmas shared() {
    return SHARED;
  }

  public String lemma(Token token) {
    return lemma(token.lower(), token.tag());
  }

  public String lemma(String lower, String tag) {
    String key = tag + ' ' + lower;
    String cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    String out = LEMMATIZER.get().lemma(lower, tag);
    String lemma = out == null || out.isEmpty() || out.equals("O") ? lower : out.toLowerCase(Locale.ROOT);
    int plus = lemma.indexOf('+');
    if (plus > 0) {
      lemma = lemma.substring(0, plus);
    }
    if (cache.size() < MAX_CACHED) {
      cache.put(key, lemma);
    }
    return lemma;
  }
}
