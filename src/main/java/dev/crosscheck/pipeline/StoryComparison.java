package dev.crosscheck.pipeline;

import dev.crosscheck.align.Aligner;
import dev.crosscheck.align.ClaimGroup;
import dev.crosscheck.align.DistanceReference;
import dev.crosscheck.align.PersonIndex;
import dev.crosscheck.align.WordSenses;
import dev.crosscheck.lexicon.UnitWords;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ExtractedArticle;
import dev.crosscheck.model.ExtractedStory;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.SourceInfo;
import dev.crosscheck.model.StoryReport;
import dev.crosscheck.rules.AlignSettings;
import dev.crosscheck.rules.RuleEngine;
import dev.crosscheck.rules.StoryClaims;
import java.util.ArrayList;
import java.util.List;

/** Alignment and rules for one story: from claims to findings. */
public final class StoryComparison {
  static final String SINGLE_SOURCE = "only one source: nothing to compare";
  static final String NO_SOURCE = "no readable source";

  private final Aligner aligner;
  private final RuleEngine engine;
  private final dev.crosscheck.rules.Vocabulary vocabulary;

  public StoryComparison(AlignSettings settings, RuleEngine engine, WordSenses senses, UnitWords units) {
    this.engine = engine;
    this.aligner = new Aligner(settings, engine.compatibility(), senses,
        new DistanceReference(units.distanceUnits(), units.distanceReferences()));
    this.vocabulary = new dev.crosscheck.rules.Vocabulary(
        (a, b) -> a.equals(b) || senses.related(a, "VERB", b, "VERB"), units.peopleNouns(), units.distanceUnits(),
        units.peopleCountTopics(), senses::eventNoun);
  }

  public StoryReport run(ExtractedStory story) {
    List<SourceInfo> sources = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (ExtractedArticle a : story.articles()) {
      sources.add(info(a));
      claims.addAll(a.claims());
      ids.add(a.article().source());
    }
    if (story.articles().size() < 2) {
      return new StoryReport(story.id(), sources, List.of(), story.articles().isEmpty() ? NO_SOURCE : SINGLE_SOURCE,
          story.articles(), story.errors());
    }
    List<ClaimGroup> groups = aligner.align(claims);
    java.util.Map<String, java.time.LocalDate> published = new java.util.HashMap<>();
    for (ExtractedArticle a : story.articles()) {
      if (a.article().meta().publishedDate() != null) {
        published.put(a.article().source(), a.article().meta().publishedDate());
      }
    }
    StoryClaims input = new StoryClaims(story.id(), ids, claims, groups, new PersonIndex(claims),
        engine.compatibility(), published, vocabulary);
    List<Finding> findings = engine.apply(input);
    return new StoryReport(story.id(), sources, findings, "", story.articles(), story.errors());
  }

  private static SourceInfo info(ExtractedArticle ea) {
    Article a = ea.article();
    String published = a.meta().publishedDate() != null ? a.meta().publishedDate().toString() : a.meta().published();
    return new SourceInfo(a.source(), a.file(), a.meta().title(), a.meta().outlet(), a.meta().url(), published,
        ea.words(), ea.claims().size());
  }
}
