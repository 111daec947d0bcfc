package dev.crosscheck.nlp;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.CleanText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Sentence detection, tokenisation and part-of-speech tagging of an article's clean text, paragraph
 * by paragraph. Not thread-safe: use one per thread ({@link #forThisThread()}); the models are shared.
 */
public final class Analyzer {
  private static final ThreadLocal<Analyzer> PER_THREAD = ThreadLocal.withInitial(() -> new Analyzer(NlpModels.shared()));

  private final SentenceDetectorME sentences;
  private final TokenizerME tokenizer;
  private final GreedyTagger tagger;

  public Analyzer(NlpModels models) {
    this.sentences = new SentenceDetectorME(models.sentences());
    this.tokenizer = new TokenizerME(models.wholeWordTokenizer());
    this.tagger = new GreedyTagger(models.pos());
  }

  public static Analyzer forThisThread() {
    return PER_THREAD.get();
  }

  /**
   * The article's sentences, tokens and tags; {@code repairs} undoes the sentence model's splits after
   * abbreviations and initials.
   */
  public AnalyzedArticle analyze(Article article, SentenceSpans repairs) {
    CleanText clean = article.clean();
    String text = clean.text();
    List<Sentence> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int p = 0; p < clean.paragraphs().size(); p++) {
      CleanText.TextRange para = clean.paragraphs().get(p);
      String paragraph = text.substring(para.start(), para.end());
      for (Span span : repairs.merge(paragraph, sentences.sentPosDetect(paragraph))) {
        int start = para.start() + span.getStart();
        int end = para.start() + span.getEnd();
        String sentence = text.substring(start, end);
        List<Token> tokens = tag(sentence, start, repairs);
        if (tokens.isEmpty()) {
          continue;
        }
        boolean repeated = !seen.add(sentence.replace('\u2019', '\'').replaceAll("\\s+", " "));
        out.add(new Sentence(out.size(), p, sentence, start, end, tokens, repeated));
      }
    }
    return new AnalyzedArticle(article, out);
  }

  private List<Token> tag(String sentence, int offset, SentenceSpans repairs) {
    Span[] spans = repairs.keepPeriods(sentence, Clitics.split(sentence, tokenizer.tokenizePos(sentence)));
    if (spans.length == 0) {
      return List.of();
    }
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      words[i] = sentence.substring(spans[i].getStart(), spans[i].getEnd());
    }
    String[] tags = tagger.tag(words);
    List<Token> tokens = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      String tag = tags[i];
      int plus = tag.indexOf('+');
      if (plus > 0) {
        tag = tag.substring(0, plus);
      }
      tokens.add(new Token(words[i], tag, offset + spans[i].getStart(), offset + spans[i].getEnd()));
    }
    return tokens;
  }
}
