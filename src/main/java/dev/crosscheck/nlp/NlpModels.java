package dev.crosscheck.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models, loaded once from the classpath (the opennlp-models-*-en 1.3.0 artifacts) and
 * shared by all threads; models are thread-safe, the *ME objects that use them are not.
 */
public final class NlpModels {
  static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
  static final String LANGUAGES = "langdetect-183.bin";

  private final SentenceModel sentenceModel;
  private final TokenizerModel tokenizerModel;
  private final POSModel posModel;
  private volatile LemmatizerModel lemmatizerModel;
  private volatile LanguageDetectorModel languageModel;

  private NlpModels() {
    sentenceModel = load(SENTENCE, SentenceModel::new);
    tokenizerModel = load(TOKENS, TokenizerModel::new);
    posModel = load(POS, POSModel::new);
  }

  private static final class Holder {
    static final NlpModels SHARED = new NlpModels();
  }

  /** The models, loaded on first use. */
  public static NlpModels shared() {
    return Holder.SHARED;
  }

  public SentenceModel sentences() {
    return sentenceModel;
  }

  public TokenizerModel tokenizer() {
    return tokenizerModel;
  }

  public POSModel pos() {
    return posModel;
  }

  public LemmatizerModel lemmatizer() {
    LemmatizerModel m = lemmatizerModel;
    if (m == null) {
      synchronized (this) {
        if (lemmatizerModel == null) {
          lemmatizerModel = load(LEMMAS, LemmatizerModel::new);
        }
        m = lemmatizerModel;
      }
    }
    return m;
  }

  public LanguageDetectorModel languages() {
    LanguageDetectorModel m = languageModel;
    if (m == null) {
      synchronized (this) {
        if (languageModel == null) {
          languageModel = load(LANGUAGES, LanguageDetectorModel::new);
        }
        m = languageModel;
      }
    }
    return m;
  }

  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, ModelReader<T> reader) {
    try (InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
    }
  }
}
