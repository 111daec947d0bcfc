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

  /**
   * A source in the source filter: {@code key} is what the findings' {@code data-reported} and
   * {@code data-omitted} hold ("src1"), {@code source} the source id, {@code label} the name shown.
   */
  public record FilterOption(String key, String source, String label) {}

  /** A problem met reading the corpus. */
  public record ErrorView(String story, String source, String what, String where, String severity) {}
}
