package dev.crosscheck.extract;

import dev.crosscheck.lexicon.Lexicons;
import dev.crosscheck.model.Claim;
import dev.crosscheck.nlp.AnalyzedArticle;
import dev.crosscheck.nlp.Lemmas;
import dev.crosscheck.nlp.Sentence;
import dev.crosscheck.nlp.SentenceSpans;
import java.util.List;

/**
 * The extraction stage: an analysed article in, its claims out. Entities first (names, places,
 * roles), then the typed values in an order that lets the more specific take their tokens first
 * (dates before numbers, ranks before quantities), then quotes and statements. Thread-safe: all
 * state lives in a per-article context.
 */
public final class ClaimExtractor {
  private final Lexicons lexicons;
  private final Terms terms;
  private final Lemmas lemmas;
  private final EntityFinder entities;
  private final NumberParser numbers;
  private final SentenceSpans sentenceSpans;

  public ClaimExtractor(Lexicons lexicons) {
    this.lexicons = lexicons;
    this.terms = new Terms(lexicons.spelling());
    this.lemmas = Lemmas.shared();
    this.entities = new EntityFinder(lexicons);
    this.numbers = new NumberParser(lexicons.numbers());
    this.sentenceSpans = SentenceSpans.of(lexicons);
  }

  /** The English stop words of the lexicon, lower case. */
  public java.util.Set<String> stopwords() {
    return lexicons.stopwords();
  }

  /** The repairs of sentence splits after the lexicon's abbreviations, for the analysis before extraction. */
  public SentenceSpans sentenceSpans() {
    return sentenceSpans;
  }

  public Terms terms() {
    return terms;
  }

  public List<Claim> extract(AnalyzedArticle article) {
    ArticleContext ctx = new ArticleContext(article, lexicons, terms, lemmas);
    ctx.mentions = entities.find(ctx);
    Speakers speakers = new Speakers(ctx);
    ctx.attributions = speakers.attributions();
    TimeExtractor time = new TimeExtractor(ctx, numbers);
    RankExtractor ranks = new RankExtractor(ctx, numbers);
    QuantityExtractor quantities = new QuantityExtractor(ctx, numbers);
    EntityClaims entityClaims = new EntityClaims(ctx);
    StatementExtractor statements = new StatementExtractor(ctx, speakers);
    for (Sentence s : article.sentences()) {
      if (s.repeated()) {
        continue;
      }
      time.extract(s);
      ranks.extract(s);
      quantities.extract(s);
      entityClaims.extract(s);
      statements.extract(s);
    }
    new QuoteExtractor(ctx, speakers).extract();
    return new ClaimFactory(ctx).build(ctx.drafts);
  }
}
