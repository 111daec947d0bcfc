package dev.crosscheck.cli;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.ci.ExitCode;
import dev.crosscheck.ci.Output;
import dev.crosscheck.eval.CaseResult;
import dev.crosscheck.eval.CleanScore;
import dev.crosscheck.eval.EvalRunner;
import dev.crosscheck.eval.EvalSuite;
import dev.crosscheck.eval.EvalTable;
import dev.crosscheck.eval.LabelStubs;
import dev.crosscheck.model.StoryReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crosscheck eval SUITE}: scores crosscheck on a labelled suite: planted and compatible edits,
 * and the labelled conflicts of the unedited stories.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Runs a labelled evaluation suite (stories/, cases/, labels/, see docs/QUALITY.md) and prints "
        + "recall on planted conflicts, precision of the conflicts the edits bring, precision of the conflicts "
        + "reported on the unedited stories by their labels, precision of their first omissions and of a "
        + "sample of their agreements, recall on planted omissions (omission-cases/), and what fails.",
        "Exit 0 when the suite's bars (suite.yaml) are met and every conflict of the unedited stories is labelled, "
            + "1 when not."})
final class EvalCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SUITE", description = "The suite directory (src/test/resources/eval in this project).")
  Path suite;

  @Option(names = "--threads", paramLabel = "N", description = "Cases run in parallel (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--case", paramLabel = "NAME",
      description = "Run only cases whose name contains NAME (the unedited stories are then not scored).")
  String only;

  @Option(names = "--no-cases", description = "Score only the conflicts of the unedited stories, by their labels.")
  boolean noCases;

  @Option(names = "--unlabelled", paramLabel = "FILE",
      description = "Write the conflicts of the unedited stories that have no label to FILE, in the labels' format, "
          + "for a person to label.")
  Path unlabelled;

  @Option(names = "--unlabelled-omissions", paramLabel = "FILE",
      description = "Write the omissions among the first five of each story with omission labels that have no "
          + "label to FILE, in the labels' format, for a person to label.")
  Path unlabelledOmissions;

  @Option(names = "--unlabelled-agreements", paramLabel = "FILE",
      description = "Write the sampled agreements (the first four by id of each story with omission labels) that "
          + "have no label to FILE, in the labels' format, for a person to label.")
  Path unlabelledAgreements;

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
      s = s.only(only);
    } else if (noCases) {
      s = s.only("\u0000");
    }
    EvalRunner runner = new EvalRunner(cc);
    EvalSuite chosen = s;
    CleanScore clean = null;
    dev.crosscheck.eval.OmissionScore omissions = null;
    dev.crosscheck.eval.AgreementScore agreements = null;
    if (only == null) {
      List<StoryReport> reports = runner.uneditedStories(chosen,
          stories -> Parallel.map(stories, story -> runner.unedited(chosen, story), threads));
      clean = CleanScore.of(reports, chosen.labels(), chosen.minCleanPrecision());
      omissions = dev.crosscheck.eval.OmissionScore.of(reports, chosen);
      agreements = dev.crosscheck.eval.AgreementScore.of(reports, chosen);
      if (unlabelled != null) {
        Output.write(unlabelled, LabelStubs.json(clean.unlabelled()));
      }
      if (unlabelledOmissions != null) {
        Output.write(unlabelledOmissions, LabelStubs.omissions(omissions.unlabelled()));
      }
      if (unlabelledAgreements != null) {
        Output.write(unlabelledAgreements, LabelStubs.agreements(agreements.unlabelled()));
      }
    }
    List<CaseResult> results = Parallel.map(chosen.cases(), c -> runner.run(chosen, c), threads);
    var planted = new dev.crosscheck.eval.PlantedOmissions(
        Parallel.map(chosen.omissionCases(), c -> runner.run(chosen, c), threads), chosen.minOmissionRecall());
    List<String> gold = runner.failedGold(s);
    EvalTable table = new EvalTable(results, s.minRecall(), s.minPrecision(), s.gold().size(), gold, clean,
        omissions, planted, agreements);
    var out = spec.commandLine().getOut();
    if (details) {
      for (CaseResult r : results) {
        out.println(r.evalCase().name() + (r.found() ? " FOUND" : "") + " " + r.problem());
        r.citing().forEach(f -> out.println("    cites: " + f.rule() + " " + f.message()));
        r.falseAlarms().forEach(f -> out.println("    alarm: " + f.rule() + " " + f.message()));
      }
      for (var r : planted.results()) {
        out.println(r.omissionCase().name() + (r.found() ? " FOUND" : "") + " " + r.problem());
      }
    }
    out.print(table.render());
    out.flush();
    return table.passes() ? ExitCode.OK : ExitCode.FINDINGS;
  }
}
