package dev.crosscheck.ci;

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
public final class Gate {
  public static final int LISTED = 20;

  private Gate() {}

  /** The failing findings, in report order. */
  public static List<Finding> failing(Report report, FailLevel level, Baseline.Comparison baseline) {
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
  public static void printBaseline(PrintWriter out, String file, Baseline.Comparison baseline, List<Finding> failing) {
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

  /** "passed", or "FAILED (--fail-on LEVEL[, N new findings])", for {@code failing} findings that fail the run. */
  public static String verdict(long failing, FailLevel level, boolean withBaseline) {
    if (failing == 0) {
      return "passed";
    }
    return "FAILED (--fail-on " + level.label()
        + (withBaseline ? ", " + failing + " new finding" + (failing == 1 ? "" : "s") : "") + ")";
  }

  /** The exit code of a run done with {@code failing} findings that fail it. */
  public static int exitCode(long failing) {
    return failing == 0 ? ExitCode.OK : ExitCode.FINDINGS;
  }
}
