package dev.crosscheck.nlp;

import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;

/**
 * Tells articles that are not in English, with OpenNLP's language detector. Short texts are not
 * judged: the detector needs a few sentences to be reliable.
 */
public final class LanguageGuard {
  private static final int MIN_CHARS = 200;
  private static final int SAMPLE_CHARS = 3000;
  private static final double MIN_CONFIDENCE = 0.5;
  private static final ThreadLocal<LanguageDetectorME> DETECTOR =
      ThreadLocal.withInitial(() -> new LanguageDetectorME(NlpModels.shared().languages()));

  private LanguageGuard() {}

  /** The ISO 639-3 code of the text's language when it is confidently not English. */
  public static Optional<String> foreignLanguage(String text) {
    if (text.length() < MIN_CHARS) {
      return Optional.empty();
    }
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    Language best = DETECTOR.get().predictLanguage(sample);
    if (best == null || best.getLang().equals("eng") || best.getConfidence() < MIN_CONFIDENCE) {
      return Optional.empty();
    }
    return Optional.of(best.getLang());
  }
}
