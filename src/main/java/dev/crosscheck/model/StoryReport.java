package dev.crosscheck.model;

import java.util.List;

/**
 * The result for one story: its sources, its findings (sorted), a note when there is nothing to
 * compare (one source), the articles with their claims for reporters that show the text, the
 * problems met reading its articles, and how its articles were grouped (null: by the corpus's
 * folders, as laid out).
 */
public record StoryReport(String id, List<SourceInfo> sources, List<Finding> findings, String note,
    List<ExtractedArticle> articles, List<ProcessingError> errors, StoryGrouping grouping) {
  public StoryReport {
    sources = List.copyOf(sources);
    findings = List.copyOf(findings);
    note = note == null ? "" : note;
    articles = List.copyOf(articles);
    errors = List.copyOf(errors);
  }

  /** A story grouped by the corpus's folders. */
  public StoryReport(String id, List<SourceInfo> sources, List<Finding> findings, String note,
      List<ExtractedArticle> articles, List<ProcessingError> errors) {
    this(id, sources, findings, note, articles, errors, null);
  }

  /**
   * What a run keeps of a story once its reports are written: no articles, and each finding with its
   * first evidence sentence only. Enough for the counts, the exit code, baselines and the console;
   * not for a report that shows evidence.
   */
  public StoryReport summarized() {
    return new StoryReport(id, sources, findings.stream().map(Finding::summarized).toList(), note, List.of(), errors,
        grouping);
  }

  public StoryReport withGrouping(StoryGrouping newGrouping) {
    return new StoryReport(id, sources, findings, note, articles, errors, newGrouping);
  }
}
