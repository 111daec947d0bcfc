package dev.crosscheck.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import java.util.HashMap;
import java.util.regex.Pattern;
import opennlp.tools.tokenize.TokenizerFactory;
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
  /**
   * Words of letters only or digits only: the tokenizer leaves them whole without asking the model
   * (OpenNLP's alphanumeric optimisation, off in the shipped model). Mixed ones ("30bn", "5pm") still
   * go to the model, which splits them.
   */
  private static final Pattern WHOLE_WORD = Pattern.compile("^(?:[A-Za-z]+|[0-9]+)$");

  private final TokenizerModel tokenizerModel;
  private final TokenizerModel wholeWordTokenizerModel;
  private final POSModel posModel;
  private volatile LemmatizerModel lemmatizerModel;
  private volatile LanguageDetectorModel languageModel;

  private NlpModels() {
    sentenceModel = load(SENTENCE, SentenceModel::new);
    tokenizerModel = load(TOKENS, TokenizerModel::new);
    wholeWordTokenizerModel = new TokenizerModel(tokenizerModel.getMaxentModel(), new HashMap<>(),
        new TokenizerFactory("en", tokenizerModel.getFactory().getAbbreviationDictionary(), true, WHOLE_WORD));
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

  /** The tokenizer model as shipped: every character position goes to the model. */
  public TokenizerModel tokenizer() {
    return tokenizerModel;
  }

  /**
   * The same model, leaving words of letters only or digits only whole without asking it: three
   * times faster, and the model's tokens but where it splits such a word ("touchscreen", "MacWorld";
   * 6 sentences of the 19,089 of ECB+ and seeds). Analysis uses this one.
   */
  public TokenizerModel wholeWordTokenizer() {
    return wholeWordTokenizerModel;
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
