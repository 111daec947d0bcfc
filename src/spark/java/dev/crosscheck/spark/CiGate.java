package dev.crosscheck.spark;

import dev.crosscheck.ToolVersion;
import dev.crosscheck.ci.ExitCode;
import dev.crosscheck.ci.FailLevel;
import dev.crosscheck.ci.Gate;
import dev.crosscheck.ci.Output;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.StoryReport;
import dev.crosscheck.model.Summary;
import dev.crosscheck.report.Baseline;
import dev.crosscheck.report.ConsoleSummary;
import dev.crosscheck.report.SarifReport;
import dev.crosscheck.rules.RuleCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The CI options of the Spark job, on the driver, as {@code crosscheck check} has them (docs/CI.md),
 * made by the same classes: {@code --fail-on} decides the exit code ({@link Gate}), {@code --baseline}
 * makes only new findings count and {@code --write-baseline} records the run's conflicts and
 * omissions ({@link Baseline}), {@code --sarif} writes the conflicts as SARIF 2.1.0
 * ({@link SarifReport}). The files are on the driver's file system and are written atomically
 * ({@link Output}); their bytes, the console's baseline lines and last line, and the exit codes are
 * those of the command line for the same input.
 */
final class CiGate {
  private final FailLevel failOn;
  private final Path baselineFile;
  private final Baseline known;
  private final Path writeBaseline;
  private final Path sarif;

  private CiGate(FailLevel failOn, Path baselineFile, Baseline known, Path writeBaseline, Path sarif) {
    this.failOn = failOn;
    this.baselineFile = baselineFile;
    this.known = known;
    this.writeBaseline = writeBaseline;
    this.sarif = sarif;
  }

  /**
   * Checks the CI options before any work, in the command line's order: the two outputs name different
   * files (else IllegalArgumentException), the baseline is read ({@link dev.crosscheck.report.BaselineException}),
   * the outputs can be written ({@link dev.crosscheck.ci.OutputException}).
   */
  static CiGate of(SparkArgs args) {
    Output.checkDistinct(new String[] {"--sarif", "--write-baseline"}, new Path[] {args.sarif(), args.writeBaseline()});
    Baseline known = args.baseline() == null ? null : Baseline.read(args.baseline());
    if (args.sarif() != null) {
      Output.checkWritable(args.sarif());
    }
    if (args.writeBaseline() != null) {
      Output.checkWritable(args.writeBaseline());
    }
    return new CiGate(args.failOn(), args.baseline(), known, args.writeBaseline(), args.sarif());
  }

  /** What the executors keep of each story for this gate. */
  Gating gating() {
    return new Gating(failOn, known != null || writeBaseline != null, sarif != null);
  }

  /**
   * Writes the SARIF log and the baseline, prints a "wrote" line for each, then, when some article
   * was read, the baseline lines and the last line for CI logs; returns the exit code.
   */
  int finish(CheckJob.Checked run, CheckJob.Plan plan, RuleCatalog catalog, PrintWriter out, PrintWriter err) {
    Report report = report(plan.corpus(), run.gates());
    Baseline.Comparison compared = known == null ? null : known.compare(report);
    if (sarif != null) {
      SarifReport.Results located = new SarifReport.Results();
      run.gates().forEach(g -> located.addAll(g.sarif()));
      Output.write(sarif, located.write(report, catalog, plan.corpusUri(), compared));
      out.println("wrote " + sarif);
    }
    if (writeBaseline != null) {
      Output.write(writeBaseline, Baseline.write(report, "crosscheck " + ToolVersion.get()));
      out.println("wrote " + writeBaseline);
    }
    Summary s = run.summary();
    if (s.sources() == 0) {
      err.println("crosscheck-spark: no article of " + plan.options().input() + " could be read (" + s.errors()
          + " input errors, listed in " + plan.options().output() + "/errors)");
      return ExitCode.USAGE;
    }
    long failing = run.failing();
    if (compared != null) {
      List<Finding> fresh = Gate.failing(report, failOn, compared);
      Gate.printBaseline(out, baselineFile.toString(), compared, fresh);
      failing = fresh.size();
    }
    out.println(ConsoleSummary.oneLine(s, Gate.verdict(failing, failOn, compared != null)));
    return Gate.exitCode(failing);
  }

  /**
   * The run as the gate reads it: each story with its conflicts and omissions, summarized (agreements
   * never fail a run nor enter a baseline), in the report's order; no sources, no errors.
   */
  private static Report report(String corpus, List<StoryGate> gates) {
    List<StoryReport> stories = gates.stream()
        .map(g -> new StoryReport(g.story(), List.of(), g.findings(), "", List.of(), List.of())).toList();
    return new Report(corpus, ToolVersion.get(), stories, List.of());
  }
}
