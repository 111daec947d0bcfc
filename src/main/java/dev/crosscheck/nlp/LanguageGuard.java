package dev.crosscheck.nlp;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;

/**
 * Tells articles that are not in English, with OpenNLP's language detector. Short texts are not
 * judged: the detector needs a few sentences to be reliable. A text whose words are for a good part
 * English stop words ("the", "of", "was") is English without asking the detector: in English news
 * they are about 40% of the words, in French, German, Spanish or Italian text under 6%.
 */
public final class LanguageGuard {
  private static final int MIN_CHARS = 200;
  private static final int SAMPLE_CHARS = 1000;
  private static final double MIN_CONFIDENCE = 0.5;
  private static final double ENGLISH_STOPWORDS = 0.2;
  private static final ThreadLocal<LanguageDetectorME> DETECTOR =
      ThreadLocal.withInitial(() -> new LanguageDetectorME(NlpModels.shared().languages()));

  private LanguageGuard() {}

  /** The ISO 639-3 code of the text's language when the detector is confident it is not English. */
  public static Optional<String> foreignLanguage(String text) {
    return foreignLanguage(text, Set.of());
  }

  /**
   * As {@link #foreignLanguage(String)}, but a text with enough of {@code englishStopwords} (lower
   * case) among its first words is English at once.
   */
  public static Optional<String> foreignLanguage(String text, Set<String> englishStopwords) {
    if (text.length() < MIN_CHARS) {
      return Optional.empty();
    }
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    if (!englishStopwords.isEmpty() && stopwordShare(sample, englishStopwords) >= ENGLISH_STOPWORDS) {
      return Optional.empty();
    }
    Language best = DETECTOR.get().predictLanguage(sample);
    if (best == null || best.getLang().equals("eng") || best.getConfidence() < MIN_CONFIDENCE) {
      return Optional.empty();
    }
    return Optional.of(best.getLang());
  }

  static double stopwordShare(String sample, Set<String> stopwords) {
    int words = 0;
    int stop = 0;
    int i = 0;
    while (i < sample.length()) {
      if (!Character.isLetter(sample.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < sample.length() && Character.isLetter(sample.charAt(i))) {
        i++;
      }
      words++;
      if (stopwords.contains(sample.substring(start, i).toLowerCase(Locale.ROOT))) {
        stop++;
      }
    }
    return words == 0 ? 0 : (double) stop / words;
  }
}
