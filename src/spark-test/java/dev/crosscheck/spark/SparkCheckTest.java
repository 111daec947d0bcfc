package dev.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.ci.ExitCode;
import dev.crosscheck.report.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode (local[2]) gives, story by story, the JSON of {@code crosscheck check}
 * run in-process on the same input with the same {@code --group-by}, byte for byte, with the same
 * errors and summary: over the {@link TestArchive} tree (seeds/, a slice of ECB+ and feeds) grouped
 * by folder and by field, and over a JSONL feed given as the corpus itself, with the rules read from
 * rules/ rather than from the jar. With the same CI options, it gives the command line's exit code
 * (the one the JSON report calls for), last line, SARIF log and baseline file, byte for byte.
 */
class SparkCheckTest {
  @TempDir
  static Path tmp;

  private static Path archive;

  @BeforeAll
  static void archive() throws IOException {
    archive = TestArchive.build(tmp);
  }

  @Test
  void folderStoriesAreThoseOfTheCommandLine() throws IOException {
    Path report = tmp.resolve("folder.json");
    Ci files = Ci.in(tmp.resolve("folder"));
    Runs cliRun = Runs.check(archive.toString(), "--group-by", "folder", "--json", report.toString(), "--sarif",
        files.cliSarif().toString(), "--write-baseline", files.cliBaseline().toString());
    JsonNode cli = Json.mapper().readTree(report.toFile());
    Path out = tmp.resolve("folder-out");
    Runs run = Runs.spark("--master", "local[2]", "--partitions", "3", "--sarif", files.sparkSarif().toString(),
        "--write-baseline", files.sparkBaseline().toString(), archive.toUri().toString(), out.toString());

    // the default --fail-on error, and the archive has errors
    assertThat(ExpectedGate.exitCode(cli, "error", null)).isEqualTo(ExitCode.FINDINGS);
    assertSameGate(cliRun, run, ExpectedGate.exitCode(cli, "error", null));
    files.assertSameSarif();
    files.assertSameBaseline();
    List<String> ids = ids(cli);
    assertThat(ids).containsAll(TestArchive.ECB_SLICE)
        .contains("seeds", "wire", "feeds", "desk2", "desk2/lines.json", "41-ecb-wire");
    assertThat(cli.get("stories")).allSatisfy(s -> assertThat(s.has("grouping")).isFalse());
    assertThat(cli.get("errors")).extracting(e -> e.get("what").asText()).contains(
        "not a JSON object but an array", "broken or looping symbolic link, skipped",
        "symlink loop: directory already read, skipped", "not valid UTF-8: read as Windows-1252");
    assertThat(run.out()).contains("crosscheck-spark: " + ids.size() + " stories, ");
    assertSameAsCommandLine(report, out);
  }

  @Test
  void fieldStoriesAreThoseOfTheCommandLine() throws IOException {
    Path report = tmp.resolve("field.json");
    Ci files = Ci.in(tmp.resolve("field"));
    Runs cliRun = Runs.check(archive.toString(), "--group-by", "field", "--json", report.toString(), "--fail-on",
        "conflict", "--sarif", files.cliSarif().toString());
    JsonNode cli = Json.mapper().readTree(report.toFile());
    Path out = tmp.resolve("field-out");
    Runs run = Runs.spark("--master", "local[2]", "--group-by", "field", "--fail-on", "conflict", "--sarif",
        files.sparkSarif().toString(), archive.toString(), out.toString());

    assertSameGate(cliRun, run, ExpectedGate.exitCode(cli, "conflict", null));
    files.assertSameSarif();
    // field stories gather objects across files; every other article is a story of its file
    assertThat(ids(cli)).contains("wire", "seeds", "41-ecb-wire", "desk2/lines.json", "desk2/lines.json-file",
        "feeds/desk.json", "36-ecb/" + firstFile(archive.resolve("36-ecb")));
    assertThat(stories(cli)).extracting(s -> s.at("/grouping/by").asText()).containsOnly("field", "file");
    assertSameAsCommandLine(report, out);
  }

  @Test
  void storiesOfAFeedAreThoseOfTheCommandLine() throws IOException {
    Path feed = archive.resolve("feeds/wire.jsonl");
    Path report = tmp.resolve("feed.json");
    Ci files = Ci.in(tmp.resolve("feed"));
    Runs cliRun = Runs.check(feed.toString(), "--json", report.toString(), "--fail-on", "never", "--sarif",
        files.cliSarif().toString(), "--write-baseline", files.cliBaseline().toString());
    JsonNode cli = Json.mapper().readTree(report.toFile());
    Path out = tmp.resolve("feed-out");
    Runs run = Runs.spark("--master", "local[2]", "--rules", Path.of("rules").toAbsolutePath().toString(),
        "--fail-on", "never", "--sarif", files.sparkSarif().toString(), "--write-baseline",
        files.sparkBaseline().toString(), feed.toString(), out.toString());

    assertSameGate(cliRun, run, ExpectedGate.exitCode(cli, "never", null));
    files.assertSameSarif();
    files.assertSameBaseline();
    assertThat(ids(cli)).containsExactly("desk2/lines.json", "seeds", "wire");
    assertSameAsCommandLine(report, out);
  }

  @Test
  void usageErrorsExitWithTwoBeforeAnySparkWork() throws IOException {
    Runs none = Runs.spark();
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("expected INPUT and OUTPUT").contains("Usage: SparkCheck");

    Runs missing = Runs.spark("--master", "local[1]", tmp.resolve("no-such-dir").toString(),
        tmp.resolve("x").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).startsWith("crosscheck-spark: no such corpus: ");

    Path existing = Files.createDirectories(tmp.resolve("existing"));
    Runs exists = Runs.spark("--master", "local[1]", archive.toString(), existing.toString());
    assertThat(exists.code()).isEqualTo(2);
    assertThat(exists.err()).startsWith("crosscheck-spark: output exists: ");

    Runs rules = Runs.spark("--rules", tmp.resolve("no-rules").toString(), archive.toString(),
        tmp.resolve("z").toString());
    assertThat(rules.code()).isEqualTo(2);
    assertThat(rules.err()).isEqualTo("crosscheck-spark: " + tmp.resolve("no-rules") + ": no such rules directory\n");

    Runs partitions = Runs.spark("--partitions", "0", archive.toString(), tmp.resolve("y").toString());
    assertThat(partitions.code()).isEqualTo(2);
    assertThat(partitions.err()).contains("--partitions must be a whole number of at least 1: 0");

    Runs mode = Runs.spark("--group-by", "topic", archive.toString(), tmp.resolve("w").toString());
    assertThat(mode.code()).isEqualTo(2);
    assertThat(mode.err()).contains("unknown --group-by mode 'topic'");

    Runs auto = Runs.spark("--group-by", "auto", archive.toString(), tmp.resolve("v").toString());
    assertThat(auto.code()).isEqualTo(2);
    assertThat(auto.err()).isEqualTo("crosscheck-spark: " + CheckJob.AUTO_REFUSED + "\n");
    assertThat(tmp.resolve("v")).doesNotExist();
  }

  /**
   * Each story line is the command line's story object, serialized on one line; the error lines are
   * its errors, in its order; summary.json has its schema version, tool, corpus and summary. Put
   * together as docs/SPARK.md says, the parts give the command line's report file, byte for byte.
   * The stories compared hold findings, so that an empty output cannot pass.
   */
  private static void assertSameAsCommandLine(Path cliReport, Path out) throws IOException {
    JsonNode cli = Json.mapper().readTree(cliReport.toFile());
    assertThat(cli.at("/summary/findings").asInt()).isPositive();
    List<String> storyLines = parts(out.resolve("stories"));
    assertThat(storyLines).containsExactlyElementsOf(stories(cli).stream().map(Json::line).toList());

    List<String> errorLines = parts(out.resolve("errors"));
    List<String> errors = new ArrayList<>();
    cli.get("errors").forEach(e -> errors.add(Json.line(e)));
    assertThat(errorLines).containsExactlyElementsOf(errors);

    ObjectNode summary = Json.object();
    for (String field : List.of("schemaVersion", "tool", "corpus", "summary")) {
      summary.set(field, cli.get(field));
    }
    String summaryJson = Files.readString(out.resolve("summary.json"));
    assertThat(summaryJson).isEqualTo(Json.write(summary));

    ObjectNode rebuilt = (ObjectNode) Json.mapper().readTree(summaryJson);
    ArrayNode storyArray = rebuilt.putArray("stories");
    for (String line : storyLines) {
      storyArray.add(Json.mapper().readTree(line));
    }
    ArrayNode errorArray = rebuilt.putArray("errors");
    for (String line : errorLines) {
      errorArray.add(Json.mapper().readTree(line));
    }
    assertThat(Json.write(rebuilt)).isEqualTo(Files.readString(cliReport, StandardCharsets.UTF_8));
  }

  /**
   * The job exits as the command line does, with the exit code the data calls for, and ends with the
   * same lines for the gate.
   */
  static void assertSameGate(Runs cli, Runs spark, int expected) {
    assertThat(cli.code()).as(cli.err()).isEqualTo(expected);
    assertThat(spark.code()).as(spark.err()).isEqualTo(expected);
    assertThat(spark.gateLines()).isEqualTo(cli.gateLines()).isNotEmpty();
  }

  private static List<JsonNode> stories(JsonNode report) {
    List<JsonNode> out = new ArrayList<>();
    report.get("stories").forEach(out::add);
    return out;
  }

  private static List<String> ids(JsonNode report) {
    return stories(report).stream().map(s -> s.get("id").asText()).toList();
  }

  private static String firstFile(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
    }
  }

  /** The lines of a Spark output directory's part files, in part order. */
  private static List<String> parts(Path dir) throws IOException {
    assertThat(dir.resolve("_SUCCESS")).exists();
    List<String> lines = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path part : list.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }
}
