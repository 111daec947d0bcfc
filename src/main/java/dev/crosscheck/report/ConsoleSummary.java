package dev.crosscheck.report;

import dev.crosscheck.model.Kind;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.Severity;
import dev.crosscheck.model.StoryReport;
import dev.crosscheck.model.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The short summary {@code crosscheck check} prints: stories, sources, input problems, findings by
 * kind (conflicts and omissions also by severity).
 */
public final class ConsoleSummary {
  private ConsoleSummary() {}

  public static String of(Report report) {
    Summary s = report.summary();
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%s: %s, %s", report.corpus(), plural(s.stories(), "story", "stories"),
        plural(s.sources(), "source", "sources")));
    if (s.errors() > 0 || s.notes() > 0) {
      b.append(", ").append(inputProblems(s));
    }
    b.append('\n');
    b.append(String.format(Locale.ROOT, "findings: %s%n", findings(s)));
    List<StoryReport> noted = report.stories().stream().filter(st -> !st.note().isEmpty()).toList();
    for (StoryReport st : noted.subList(0, Math.min(noted.size(), MAX_STORY_NOTES))) {
      b.append(String.format(Locale.ROOT, "story %s: %s%n", st.id(), st.note()));
    }
    if (noted.size() > MAX_STORY_NOTES) {
      b.append(String.format(Locale.ROOT, "and %s with notes (see the report)%n",
          plural(noted.size() - MAX_STORY_NOTES, "more story", "more stories")));
    }
    return b.toString();
  }

  /** Stories whose note ("only one source: nothing to compare") is printed; the rest are counted. */
  private static final int MAX_STORY_NOTES = 5;

  /**
   * One line for CI logs: the verdict, the counts of stories, sources and findings by kind (conflicts
   * and omissions by severity), then the input problems (errors always, notes when there are any).
   */
  public static String oneLine(Report report, String verdict) {
    return oneLine(report.summary(), verdict);
  }

  /** As {@link #oneLine(Report, String)}, from the report's summary (all the Spark job's driver holds). */
  public static String oneLine(Summary s, String verdict) {
    return String.format(Locale.ROOT, "crosscheck %s: %s, %s, %s, %s", verdict, plural(s.stories(), "story", "stories"),
        plural(s.sources(), "source", "sources"), findings(s), inputProblems(s));
  }

  /**
   * "3 conflicts (2 errors, 1 warning), 12 omissions (12 notes), 20 agreements": conflicts and
   * omissions with their severities (those that occur), which --fail-on reads; agreements, which never
   * fail a run, without.
   */
  private static String findings(Summary s) {
    return bySeverity(s, Kind.CONFLICT, "conflict", "conflicts") + ", "
        + bySeverity(s, Kind.OMISSION, "omission", "omissions") + ", "
        + plural(s.count(Kind.AGREEMENT), "agreement", "agreements");
  }

  private static String bySeverity(Summary s, Kind kind, String one, String many) {
    List<String> parts = new ArrayList<>();
    int total = 0;
    for (Severity severity : Severity.values()) {
      int n = s.count(kind, severity);
      if (n > 0) {
        parts.add(plural(n, severity.label(), severity.label() + "s"));
        total += n;
      }
    }
    return total == 0 ? plural(0, one, many) : plural(total, one, many) + " (" + String.join(", ", parts) + ")";
  }

  /** "2 input errors", or "0 input errors and 1 input note" when some inputs were read with a change. */
  private static String inputProblems(Summary s) {
    String errors = plural(s.errors(), "input error", "input errors");
    return s.notes() == 0 ? errors : errors + " and " + plural(s.notes(), "input note", "input notes");
  }

  private static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
