package dev.crosscheck.report;

import dev.crosscheck.model.Kind;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.Severity;
import dev.crosscheck.model.StoryReport;
import dev.crosscheck.model.Summary;
import java.util.List;
import java.util.Locale;

/** The short summary {@code crosscheck check} prints: stories, sources, findings by kind and severity. */
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
    b.append(String.format(Locale.ROOT, "findings: %s, %s, %s", plural(s.count(Kind.CONFLICT), "conflict", "conflicts"),
        plural(s.count(Kind.OMISSION), "omission", "omissions"),
        plural(s.count(Kind.AGREEMENT), "agreement", "agreements")));
    b.append(String.format(Locale.ROOT, " (%d error, %d warning, %d note)%n", s.count(Severity.ERROR),
        s.count(Severity.WARNING), s.count(Severity.NOTE)));
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
   * One line for CI logs: the verdict, the counts of stories, sources and findings by kind, then the
   * findings by severity (all kinds) and the input problems (errors always, notes when there are any).
   */
  public static String oneLine(Report report, String verdict) {
    Summary s = report.summary();
    return String.format(Locale.ROOT, "crosscheck %s: %s, %s, %s, %s, %s (%d error, %d warning, %d note), %s",
        verdict, plural(s.stories(), "story", "stories"), plural(s.sources(), "source", "sources"),
        plural(s.count(Kind.CONFLICT), "conflict", "conflicts"), plural(s.count(Kind.OMISSION), "omission", "omissions"),
        plural(s.count(Kind.AGREEMENT), "agreement", "agreements"), s.count(Severity.ERROR),
        s.count(Severity.WARNING), s.count(Severity.NOTE), inputProblems(s));
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
