package dev.crosscheck.cli;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.ci.CorpusUri;
import dev.crosscheck.ci.ExitCode;
import dev.crosscheck.ci.FailLevel;
import dev.crosscheck.ci.Gate;
import dev.crosscheck.ci.Output;
import dev.crosscheck.ci.OutputBatch;
import dev.crosscheck.ingest.Corpus;
import dev.crosscheck.ingest.CorpusReader;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Report;
import dev.crosscheck.group.GroupBy;
import dev.crosscheck.report.Baseline;
import dev.crosscheck.report.ConsoleSummary;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck check CORPUS}: compares the sources of every story and reports agreements,
 * omissions and conflicts. Exit 0 when no finding reaches --fail-on, 1 when one does, 2 on bad
 * usage, input or rules.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Compares the sources of every story of CORPUS and reports where they agree, what some leave "
        + "out (omissions) and where they contradict each other (conflicts).",
        "With neither --json nor --html, writes reports/<corpus name>.json and reports/<corpus name>.html in the "
            + "current directory; with one of them, writes only that one."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no finding reaches the --fail-on level (with --baseline: no new one)",
        "1:some finding reaches the --fail-on level (with --baseline: a new one)",
        "2:bad usage, a corpus with no readable article, unreadable corpus, rule or baseline files, or an "
            + "output that cannot be written"})
final class CheckCommand implements Callable<Integer> {
  @Parameters(paramLabel = "CORPUS",
      description = "A directory of articles (each subdirectory a story) or a JSON/JSONL feed.")
  Path corpus;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the JSON report here.")
  Path json;

  @Option(names = "--html", paramLabel = "FILE",
      description = "Write the HTML report here: one self-contained page for reading and printing.")
  Path html;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = FailLevel.DEFAULT,
      description = "Exit 1 when a finding reaches LEVEL: conflict, omission, error, warning, note or never "
          + "(default: ${DEFAULT-VALUE}).")
  String failOn;

  @Option(names = "--threads", paramLabel = "N", description = "Stories processed in parallel (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--group-by", paramLabel = "MODE", defaultValue = "folder",
      description = "How articles form stories: folder (the corpus's folders and the articles' story field), "
          + "field (only the story field; other articles by file) or auto (by content) (default: ${DEFAULT-VALUE}).")
  String groupBy;

  @Option(names = "--sarif", paramLabel = "FILE", description = "Write the conflicts as a SARIF 2.1.0 log here.")
  Path sarif;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Known findings (from --write-baseline): only findings not in it can fail the run.")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Record this run's conflicts and omissions as the known findings, in FILE.")
  Path writeBaseline;

  @Option(names = "--no-progress", description = "Never show a progress bar (none is shown without a terminal "
      + "or when CI is set).")
  boolean noProgress;

  @Mixin
  RulesOption rules;

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    FailLevel level;
    try {
      level = FailLevel.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    if (Files.isRegularFile(corpus) && CorpusReader.isArticleFile(corpus)) {
      throw new CommandLine.ParameterException(spec.commandLine(), corpus + " is one article, with nothing to "
          + "compare it to: give the directory of its story, or see its claims with 'crosscheck extract " + corpus + "'");
    }
    if (json != null && html != null && json.toAbsolutePath().normalize().equals(html.toAbsolutePath().normalize())) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--json and --html name the same file: " + json);
    }
    GroupBy grouping;
    try {
      grouping = GroupBy.parse(groupBy);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    CiOptions.checkDistinct(spec.commandLine(), json, html, sarif, writeBaseline);
    Baseline known = baseline == null ? null : Baseline.read(baseline);
    if (sarif != null) {
      Output.checkWritable(sarif);
    }
    if (writeBaseline != null) {
      Output.checkWritable(writeBaseline);
    }
    Path jsonOut = json;
    Path htmlOut = html;
    Crosscheck cc = Crosscheck.load(rules.source());
    Corpus c = cc.scan(corpus);
    if (jsonOut == null && htmlOut == null) {
      jsonOut = Path.of("reports", c.name() + ".json");
      htmlOut = Path.of("reports", c.name() + ".html");
    }
    if (jsonOut != null) {
      Output.checkWritable(jsonOut);
    }
    if (htmlOut != null) {
      Output.checkWritable(htmlOut);
    }
    Report report;
    Baseline.Comparison compared;
    // every output is written whole before any is put in place: a failure leaves them all as they were
    try (StreamedReports reports = new StreamedReports(jsonOut, htmlOut, sarif != null);
        OutputBatch outputs = new OutputBatch()) {
      StoryRunner.Result run = StoryRunner.run(cc, c, grouping, threads, Progress.wanted(noProgress), reports::add);
      report = Reports.assemble(run.corpus(), run.stories(), Version.get());
      compared = known == null ? null : known.compare(report);
      if (jsonOut != null) {
        outputs.writeUtf8(jsonOut, out -> reports.writeJson(report, out));
      }
      if (htmlOut != null) {
        outputs.writeUtf8(htmlOut, out -> reports.writeHtml(report, out));
      }
      if (sarif != null) {
        outputs.write(sarif, reports.sarif(report, cc.catalog(), CorpusUri.of(c.root()), compared));
      }
      if (writeBaseline != null) {
        outputs.write(writeBaseline, Baseline.write(report, "crosscheck " + Version.get()));
      }
      outputs.commit();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(ConsoleSummary.of(report));
    if (jsonOut != null) {
      out.println("wrote " + jsonOut);
    }
    if (htmlOut != null) {
      out.println("wrote " + htmlOut);
    }
    if (sarif != null) {
      out.println("wrote " + sarif);
    }
    if (writeBaseline != null) {
      out.println("wrote " + writeBaseline);
    }
    if (report.summary().sources() == 0) {
      out.flush();
      spec.commandLine().getErr().println("crosscheck: no article of " + corpus + " could be read ("
          + report.summary().errors() + " input errors, listed in the report)");
      return ExitCode.USAGE;
    }
    List<Finding> failing = Gate.failing(report, level, compared);
    if (compared != null) {
      Gate.printBaseline(out, baseline.toString(), compared, failing);
    }
    out.println(ConsoleSummary.oneLine(report, Gate.verdict(failing.size(), level, compared != null)));
    out.flush();
    return Gate.exitCode(failing.size());
  }
}
