package dev.crosscheck;

import dev.crosscheck.align.WordSenses;
import dev.crosscheck.extract.ClaimExtractor;
import dev.crosscheck.ingest.ArticleLoader;
import dev.crosscheck.ingest.Corpus;
import dev.crosscheck.ingest.CorpusReader;
import dev.crosscheck.ingest.LoadedStory;
import dev.crosscheck.ingest.StoryInput;
import dev.crosscheck.group.AutoGrouping;
import dev.crosscheck.group.StoryClusterer;
import dev.crosscheck.lexicon.Lexicons;
import dev.crosscheck.lexicon.WordNet;
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
  private final ArticleLoader loader;
  private final StoryExtraction extraction;
  private final StoryComparison comparison;

  private Crosscheck(Lexicons lexicons, Settings settings, RuleCatalog catalog) {
    this.lexicons = lexicons;
    this.settings = settings;
    this.catalog = catalog;
    this.loader = new ArticleLoader(lexicons, settings.ingest());
    this.extraction = new StoryExtraction(loader, new ClaimExtractor(lexicons));
    this.comparison = new StoryComparison(settings.align(), new RuleEngine(catalog),
        new WordSenses(lexicons.senses(), settings.align().wordNet() ? WordNet.shared() : null), lexicons.units());
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

  /** Reads a story's articles without analysing them (what {@code --group-by auto} groups). */
  public LoadedStory load(StoryInput story) {
    return loader.load(story);
  }

  public ExtractedStory extract(LoadedStory story) {
    return extraction.run(story);
  }

  /** Analysis, extraction, alignment and rules for a story already read. */
  public StoryReport check(LoadedStory story) {
    return comparison.run(extraction.run(story));
  }

  /** Groups articles into stories by content ({@code --group-by auto}). */
  public AutoGrouping autoGrouping() {
    return new AutoGrouping(new StoryClusterer(lexicons.stopwords(), settings.group()));
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
