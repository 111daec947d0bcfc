package dev.crosscheck.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.LemmatizerME;

/**
 * Lemmas of single words from OpenNLP's lemmatizer, cached by word and tag: the model is about ten
 * times slower than the tagger, and a story's vocabulary repeats, so each form is lemmatised once.
 * Thread-safe.
 */
public final class Lemmas {
  private static final Lemmas SHARED = new Lemmas();
  private static final int MAX_CACHED = 200_000;
  private static final ThreadLocal<LemmatizerME> LEMMATIZER =
      ThreadLocal.withInitial(() -> new LemmatizerME(NlpModels.shared().lemmatizer()));

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
    String[] out = LEMMATIZER.get().lemmatize(new String[] {lower}, new String[] {tag});
    String lemma = out.length == 0 || out[0] == null || out[0].isEmpty() || out[0].equals("O")
        ? lower : out[0].toLowerCase(Locale.ROOT);
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
