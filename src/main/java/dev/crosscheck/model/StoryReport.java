package dev.crosscheck.model;

import java.util.List;

/**
 * The result for one story: its sources, its findings (sorted), a note when there is nothing to
 * compare (one source), the articles with their claims for reporters that show the text, and the
 * problems met reading its articles.
 */
public record StoryReport(String id, List<SourceInfo> sources, List<Finding> findings, String note,
    List<ExtractedArticle> articles, List<ProcessingError> errors) {
  public StoryReport {
    sources = List.copyOf(sources);
    findings = List.copyOf(findings);
    note = note == null ? "" : note;
    articles = List.copyOf(articles);
    errors = List.copyOf(errors);
  }
}
