package dev.crosscheck.pipeline;

import dev.crosscheck.extract.ClaimExtractor;
import dev.crosscheck.ingest.ArticleLoader;
import dev.crosscheck.ingest.LoadedStory;
import dev.crosscheck.ingest.StoryInput;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.ExtractedArticle;
import dev.crosscheck.model.ExtractedStory;
import dev.crosscheck.model.ProcessingError;
import dev.crosscheck.nlp.AnalyzedArticle;
import dev.crosscheck.nlp.Analyzer;
import dev.crosscheck.nlp.LanguageGuard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Ingest, analysis and extraction of one story: from files to claims. */
public final class StoryExtraction {
  private final ArticleLoader loader;
  private final ClaimExtractor extractor;

  public StoryExtraction(ArticleLoader loader, ClaimExtractor extractor) {
    this.loader = loader;
    this.extractor = extractor;
  }

  public ExtractedStory run(StoryInput story) {
    return run(loader.load(story));
  }

  /** Analysis and extraction of a story already read (as {@code --group-by auto} reads them). */
  public ExtractedStory run(LoadedStory story) {
    LoadedStory loaded = story;
    List<ProcessingError> errors = new ArrayList<>(loaded.errors());
    List<ExtractedArticle> out = new ArrayList<>();
    Analyzer analyzer = Analyzer.forThisThread();
    for (Article article : loaded.articles()) {
      try {
        Optional<String> foreign = LanguageGuard.foreignLanguage(article.clean().text(), extractor.stopwords());
        if (foreign.isPresent()) {
          errors.add(ProcessingError.error(story.id(), article.source(),
              "not English (detected language: " + foreign.get() + "), skipped", article.file()));
          continue;
        }
        AnalyzedArticle analyzed = analyzer.analyze(article, extractor.sentenceSpans());
        if (analyzed.sentences().isEmpty()) {
          errors.add(ProcessingError.error(story.id(), article.source(), "no sentence found, skipped",
              article.file()));
          continue;
        }
        out.add(new ExtractedArticle(article, extractor.extract(analyzed), analyzed.wordCount(),
            analyzed.sentences().size()));
      } catch (RuntimeException | StackOverflowError e) {
        errors.add(ProcessingError.error(story.id(), article.source(),
            "analysis failed: " + e.getClass().getSimpleName() + ": " + e.getMessage(), article.file()));
      }
    }
    return new ExtractedStory(story.id(), out, errors);
  }
}
