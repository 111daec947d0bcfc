package dev.crosscheck.model;

import java.util.List;

/** A whole run: the corpus name, its stories sorted by id, and the processing errors. */
public record Report(String corpus, String toolVersion, List<StoryReport> stories, List<ProcessingError> errors) {
  public Report {
    stories = List.copyOf(stories);
    errors = List.copyOf(errors);
  }

  public Summary summary() {
    return Summary.of(this);
  }
}
