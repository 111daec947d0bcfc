package dev.crosscheck.cli;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.ci.ExitCode;
import dev.crosscheck.ci.Output;
import dev.crosscheck.ingest.Corpus;
import dev.crosscheck.model.ExtractedStory;
import dev.crosscheck.report.ExtractReport;
import dev.crosscheck.report.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crosscheck extract CORPUS|ARTICLE [--json FILE]}: the claims of every article, as JSON. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Writes every story's articles with their clean text and claims as JSON (stdout without --json).")
final class ExtractCommand implements Callable<Integer> {
  @Parameters(paramLabel = "CORPUS|ARTICLE", description = "A directory of articles (subdirectories are stories), "
      + "a JSON/JSONL feed, or one article file (.txt, .md, .html).")
  Path corpus;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the JSON here instead of to stdout.")
  Path json;

  @Option(names = "--threads", paramLabel = "N", description = "Stories processed in parallel (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin
  RulesOption rules;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (json != null) {
      Output.checkWritable(json);
    }
    Crosscheck cc = Crosscheck.load(rules.source());
    Corpus c = cc.scan(corpus);
    List<ExtractedStory> stories = Parallel.map(c.stories(), cc::extract, threads);
    String text = Json.write(ExtractReport.json(c.name(), Version.get(), stories, c.errors()));
    if (json == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      Output.write(json, text);
      spec.commandLine().getErr().println("wrote " + json);
    }
    if (stories.stream().allMatch(st -> st.articles().isEmpty())) {
      // as `check` does: the report says why, and a script does not take an empty extraction for a result
      spec.commandLine().getErr().println("crosscheck: no article of " + corpus + " could be read ("
          + (c.errors().size() + stories.stream().mapToInt(st -> st.errors().size()).sum())
          + " input errors, listed in the output)");
      return ExitCode.USAGE;
    }
    return ExitCode.OK;
  }
}
