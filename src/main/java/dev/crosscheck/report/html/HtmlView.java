package dev.crosscheck.report.html;

import java.util.List;

/**
 * Everything the HTML report shows, prepared for the template: the template only renders it.
 * {@code css}, {@code js} and {@code csp} are the report's own resources, never article text.
 */
public record HtmlView(
    String corpus,
    String version,
    String lede,
    SummaryView summary,
    List<FilterOption> sourceFilters,
    List<StoryView> stories,
    List<ErrorView> errors,
    String css,
    String js,
    String csp) {

  public HtmlView {
    sourceFilters = List.copyOf(sourceFilters);
    stories = List.copyOf(stories);
    errors = List.copyOf(errors);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  public boolean manyStories() {
    return stories.size() > 1;
  }

  /** The counts of the corpus header, as the JSON summary gives them. */
  public record SummaryView(int stories, int sources, int findings, int conflicts, int omissions, int agreements,
      int errors, int warnings, int notes, int inputErrors, int inputNotes) {

    /** Findings by severity, gravest first. */
    public List<SeverityCount> severities() {
      return List.of(new SeverityCount("error", errors), new SeverityCount("warning", warnings),
          new SeverityCount("note", notes));
    }
  }

  /** How many findings have a severity; {@code key} is its label. */
  public record SeverityCount(String key, int count) {
    public String word() {
      return count == 1 ? key : key + "s";
    }

    public boolean zero() {
      return count == 0;
    }
  }

  /** An option of the source filter: {@code value} is "r:KEY" (reported by) or "o:KEY" (left out by). */
  public record FilterOption(String value, String label) {}

  /** A problem met reading the corpus. */
  public record ErrorView(String story, String source, String what, String where, String severity) {}
}
