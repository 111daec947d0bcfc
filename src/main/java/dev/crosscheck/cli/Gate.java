package dev.crosscheck.cli;

import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.StoryReport;
import dev.crosscheck.report.Baseline;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a run fails: some finding reaches the {@code --fail-on} level and, with {@code --baseline},
 * is new (not in the baseline). Prints what the baseline accepted and the new findings that fail.
 */
final class Gate {
  static final int LISTED = 20;

  private Gate() {}

  /** The failing findings, in report order. */
  static List<Finding> failing(Report report, FailLevel level, Baseline.Comparison baseline) {
    List<Finding> out = new ArrayList<>();
    for (StoryReport s : report.stories()) {
      for (Finding f : s.findings()) {
        if (level.reachedBy(f) && (baseline == null || baseline.isNew(f))) {
          out.add(f);
        }
      }
    }
    return out;
  }

  /** The baseline lines: the counts, then up to {@value #LISTED} new failing findings. */
  static void printBaseline(PrintWriter out, String file, Baseline.Comparison baseline, List<Finding> failing) {
    out.printf(Locale.ROOT, "baseline %s: %d known, %d new, %d no longer found%n", file, baseline.knownCount(),
        baseline.newCount(), baseline.goneCount());
    for (int i = 0; i < failing.size() && i < LISTED; i++) {
      Finding f = failing.get(i);
      out.printf(Locale.ROOT, "new %s %s %s [%s] %s%n", f.rule(), f.severity().label(), f.id(), f.story(),
          f.message());
    }
    if (failing.size() > LISTED) {
      out.printf(Locale.ROOT, "... and %d more new findings at the --fail-on level%n", failing.size() - LISTED);
    }
  }

  static String verdict(List<Finding> failing, FailLevel level, boolean withBaseline) {
    if (failing.isEmpty()) {
      return "passed";
    }
    return "FAILED (--fail-on " + level.label()
        + (withBaseline ? ", " + failing.size() + " new finding" + (failing.size() == 1 ? "" : "s") : "") + ")";
  }
}
