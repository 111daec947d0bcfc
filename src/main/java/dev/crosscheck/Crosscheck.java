package dev.crosscheck;

import dev.crosscheck.extract.ClaimExtractor;
import dev.crosscheck.ingest.ArticleLoader;
import dev.crosscheck.ingest.Corpus;
import dev.crosscheck.ingest.CorpusReader;
import dev.crosscheck.ingest.StoryInput;
import dev.crosscheck.lexicon.Lexicons;
import dev.crosscheck.model.ExtractedStory;
import dev.crosscheck.model.StoryReport;
import dev.crosscheck.pipeline.StoryComparison;
import dev.crosscheck.pipeline.StoryExtraction;
import dev.crosscheck.rules.RuleCatalog;
import dev.crosscheck.rules.RuleEngine;
import dev.crosscheck.rules.RulesSource;
import dev.crosscheck.rules.Settings;
import java.nio.file.Path;

/**
 * The entry point: load the rules once, then scan a corpus and run its stories through the stages.
 * Thread-safe: stories may run in parallel.
 *
 * <pre>{@code
 * Crosscheck cc = Crosscheck.load(RulesSource.bundled());
 * Corpus corpus = cc.scan(Path.of("seeds"));
 * StoryReport story = cc.check(corpus.stories().get(0));
 * }</pre>
 */
public final class Crosscheck {
  private final Lexicons lexicons;
  private final Settings settings;
  private final RuleCatalog catalog;
  private final StoryExtraction extraction;
  private final StoryComparison comparison;

  private Crosscheck(Lexicons lexicons, Settings settings, RuleCatalog catalog) {
    this.lexicons = lexicons;
    this.settings = settings;
    this.catalog = catalog;
    this.extraction = new StoryExtraction(new ArticleLoader(lexicons, settings.ingest()), new ClaimExtractor(lexicons));
    this.comparison = new StoryComparison(settings.align(), new RuleEngine(catalog));
  }

  /** Loads and validates the rule files; a bad one throws {@link dev.crosscheck.rules.RuleFileException}. */
  public static Crosscheck load(RulesSource source) {
    return new Crosscheck(Lexicons.load(source), Settings.load(source), RuleCatalog.load(source));
  }

  public Corpus scan(Path corpus) {
    return CorpusReader.scan(corpus, settings.ingest().maxArticleBytes());
  }

  public ExtractedStory extract(StoryInput story) {
    return extraction.run(story);
  }

  /** Extraction, alignment and rules for one story. */
  public StoryReport check(StoryInput story) {
    return comparison.run(extraction.run(story));
  }

  /** Alignment and rules for a story already extracted. */
  public StoryReport compare(ExtractedStory story) {
    return comparison.run(story);
  }

  public RuleCatalog catalog() {
    return catalog;
  }

  public Lexicons lexicons() {
    return lexicons;
  }

  public Settings settings() {
    return settings;
  }
}
