package dev.crosscheck.ingest;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ProcessingError;
import java.util.List;

/** A story's articles as read, and the problems met reading them. */
public record LoadedStory(String id, List<Article> articles, List<ProcessingError> errors) {
  public LoadedStory {
    articles = List.copyOf(articles);
    errors = List.copyOf(errors);
  }
}
