package dev.crosscheck.cli;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.eval.CaseResult;
import dev.crosscheck.eval.EvalRunner;
import dev.crosscheck.eval.EvalSuite;
import dev.crosscheck.eval.EvalTable;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crosscheck eval SUITE}: scores crosscheck on a labelled suite of planted and compatible edits. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Runs a labelled evaluation suite (stories/ and cases/, see docs/QUALITY.md) and prints recall "
        + "on planted conflicts, precision, and the failing cases.",
        "Exit 0 when the suite's bars (suite.yaml) are met, 1 when not."})
final class EvalCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SUITE", description = "The suite directory (src/test/resources/eval in this project).")
  Path suite;

  @Option(names = "--threads", paramLabel = "N", description = "Cases run in parallel (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--case", paramLabel = "NAME", description = "Run only cases whose name contains NAME.")
  String only;

  @Option(names = "--details", description = "Print each citing conflict of each case.")
  boolean details;

  @Mixin
  RulesOption rules;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Crosscheck cc = Crosscheck.load(rules.source());
    EvalSuite s = EvalSuite.load(suite);
    if (only != null) {
      s = new EvalSuite(s.root(), s.cases().stream().filter(c -> c.name().contains(only)).toList(), List.of(),
          s.minRecall(), s.minPrecision());
    }
    EvalRunner runner = new EvalRunner(cc);
    EvalSuite chosen = s;
    List<CaseResult> results = Parallel.map(chosen.cases(), c -> runner.run(chosen, c), threads);
    List<String> gold = runner.failedGold(s);
    EvalTable table = new EvalTable(results, s.minRecall(), s.minPrecision(), runner.background(), s.gold().size(), gold);
    var out = spec.commandLine().getOut();
    if (details) {
      for (CaseResult r : results) {
        out.println(r.evalCase().name() + (r.found() ? " FOUND" : "") + " " + r.problem());
        r.citing().forEach(f -> out.println("    cites: " + f.rule() + " " + f.message()));
        r.falseAlarms().forEach(f -> out.println("    alarm: " + f.rule() + " " + f.message()));
      }
    }
    out.print(table.render());
    out.flush();
    return table.passes() ? ExitCode.OK : ExitCode.FINDINGS;
  }
}
