package dev.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.ci.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline workflow of docs/CI.md run with the Spark job in local mode and with the command line
 * on the same corpus: the baseline each writes is the same file; with the baseline of the same input
 * the gate passes; a new conflict fails the run with the command line's exit code, baseline lines and
 * SARIF log. Bad CI files stop the job as they stop the command line, with the same one-line message
 * and exit code, before any work.
 */
class SparkGateTest {
  private static final String HURT =
      "Officials said %d people were hurt on Monday in the blast at the harbour of Tema.";

  @TempDir
  Path tmp;

  @Test
  void aBaselinePassesItsOwnInputAndANewConflictFails() throws IOException {
    Path news = copyOfSeeds(tmp.resolve("news"));
    Ci today = Ci.in(tmp.resolve("today"));
    Path todayJson = tmp.resolve("today.json");
    Runs cliWrite = Runs.check(news.toString(), "--json", todayJson.toString(), "--fail-on", "never",
        "--write-baseline", today.cliBaseline().toString());
    Runs sparkWrite = Runs.spark("--master", "local[2]", "--fail-on", "never", "--write-baseline",
        today.sparkBaseline().toString(), news.toString(), tmp.resolve("today-out").toString());
    JsonNode report = Ci.json(todayJson);
    SparkCheckTest.assertSameGate(cliWrite, sparkWrite, ExpectedGate.exitCode(report, "never", null));
    today.assertSameBaseline();

    // without the baseline, --fail-on conflict fails on today's conflicts; with it, it passes
    Path baseline = today.sparkBaseline();
    JsonNode known = Ci.json(baseline);
    assertThat(ExpectedGate.exitCode(report, "conflict", null)).isEqualTo(ExitCode.FINDINGS);
    Runs cliKnown = Runs.check(news.toString(), "--json", tmp.resolve("known.json").toString(), "--fail-on",
        "conflict", "--baseline", baseline.toString());
    Runs sparkKnown = Runs.spark("--master", "local[2]", "--fail-on", "conflict", "--baseline", baseline.toString(),
        news.toString(), tmp.resolve("known-out").toString());
    SparkCheckTest.assertSameGate(cliKnown, sparkKnown, ExpectedGate.exitCode(report, "conflict", known));
    assertThat(sparkKnown.out()).contains("baseline " + baseline + ": " + ExpectedGate.failing(report, "omission",
        null).size() + " known, 0 new, 0 no longer found");

    // tomorrow a story whose two sources disagree comes in: its conflict is new
    Path harbour = Files.createDirectories(news.resolve("harbour"));
    Files.writeString(harbour.resolve("a.txt"), HURT.formatted(40));
    Files.writeString(harbour.resolve("b.txt"), HURT.formatted(45));
    Ci tomorrow = Ci.in(tmp.resolve("tomorrow"));
    Path tomorrowJson = tmp.resolve("tomorrow.json");
    Runs cliNew = Runs.check(news.toString(), "--json", tomorrowJson.toString(), "--fail-on", "conflict",
        "--baseline", baseline.toString(), "--sarif", tomorrow.cliSarif().toString());
    Runs sparkNew = Runs.spark("--master", "local[2]", "--fail-on", "conflict", "--baseline", baseline.toString(),
        "--sarif", tomorrow.sparkSarif().toString(), news.toString(), tmp.resolve("tomorrow-out").toString());
    JsonNode next = Ci.json(tomorrowJson);
    List<ExpectedGate.Failing> fresh = ExpectedGate.failing(next, "conflict", known);
    assertThat(fresh).isNotEmpty().allSatisfy(f -> assertThat(f.story()).isEqualTo("harbour"));
    SparkCheckTest.assertSameGate(cliNew, sparkNew, ExpectedGate.exitCode(next, "conflict", known));
    for (ExpectedGate.Failing failing : fresh) {
      JsonNode f = failing.finding();
      assertThat(sparkNew.out()).contains("new " + f.get("rule").asText() + " " + f.get("severity").asText() + " "
          + f.get("id").asText() + " [harbour] " + f.get("message").asText() + "\n");
    }
    tomorrow.assertSameSarif();
    List<String> newInSarif = new ArrayList<>();
    Ci.json(tomorrow.sparkSarif()).at("/runs/0/results").forEach(r -> {
      if (r.get("baselineState").asText().equals("new")) {
        newInSarif.add(r.at("/partialFingerprints/crosscheckFinding~1v1").asText());
      }
    });
    assertThat(newInSarif).containsExactlyInAnyOrderElementsOf(
        fresh.stream().map(ExpectedGate.Failing::fingerprint).toList());
  }

  @Test
  void badCiFilesStopTheJobAsTheyStopTheCommandLine() throws IOException {
    Path missing = tmp.resolve("missing.json");
    Path oldVersion = tmp.resolve("v2.json");
    Files.writeString(oldVersion, "{\"version\": 2, \"findings\": []}");
    Path notJson = tmp.resolve("baseline.txt");
    Files.writeString(notJson, "F0123456789ab\n");
    Path directory = Files.createDirectories(tmp.resolve("reports.sarif"));
    Path file = Files.writeString(tmp.resolve("plain"), "a file\n");
    Path same = tmp.resolve("same.json");
    List<List<String>> cases = List.of(
        List.of("--baseline", missing.toString()),
        List.of("--baseline", oldVersion.toString()),
        List.of("--baseline", notJson.toString()),
        List.of("--baseline", directory.toString()),
        List.of("--sarif", directory.toString()),
        List.of("--sarif", file.resolve("out.sarif").toString()),
        List.of("--write-baseline", directory.toString()),
        List.of("--sarif", same.toString(), "--write-baseline", same.toString()),
        List.of("--fail-on", "sometimes"));
    Path out = tmp.resolve("out");
    for (List<String> options : cases) {
      List<String> cli = new ArrayList<>(List.of("seeds", "--json", tmp.resolve("r.json").toString()));
      cli.addAll(options);
      List<String> spark = new ArrayList<>(options);
      spark.addAll(List.of("seeds", out.toString()));
      Runs c = Runs.check(cli.toArray(String[]::new));
      Runs s = Runs.spark(spark.toArray(String[]::new));

      assertThat(c.code()).as(options + ": " + c.err()).isEqualTo(ExitCode.USAGE);
      assertThat(s.code()).as(options.toString()).isEqualTo(c.code());
      assertThat(s.problem()).as(options.toString()).isEqualTo(c.problem()).contains(options.get(1));
      assertThat(s.err()).startsWith("crosscheck-spark: ").doesNotContain("Exception");
      assertThat(out).doesNotExist();
    }
    assertThat(tmp.resolve("r.json")).doesNotExist();
  }

  @Test
  void ciFilesAreTheDriversNotUris() {
    Runs r = Runs.spark("--sarif", "hdfs:///reports/news.sarif", "seeds", tmp.resolve("out").toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.problem()).isEqualTo("--sarif takes a file on the driver's file system, not a URI: "
        + "hdfs:///reports/news.sarif");
  }

  private static Path copyOfSeeds(Path corpus) throws IOException {
    Path seeds = Files.createDirectories(corpus.resolve("seeds"));
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, seeds.resolve(f.getFileName()));
      }
    }
    return corpus;
  }
}
