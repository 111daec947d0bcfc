package dev.crosscheck.model;

import java.util.List;

/** A story's extracted articles, by source id, and the problems met on the way. */
public record ExtractedStory(String id, List<ExtractedArticle> articles, List<ProcessingError> errors) {
  public ExtractedStory {
    articles = List.copyOf(articles);
    errors = List.copyOf(errors);
  }
}
