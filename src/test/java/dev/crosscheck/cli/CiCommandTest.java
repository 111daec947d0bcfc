package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.crosscheck.TestCorpus;
import dev.crosscheck.ci.ExitCode;
import dev.crosscheck.report.CheckReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options of {@code check} for CI: --group-by, --sarif, --baseline, --write-baseline, threads. */
class CiCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path EVAL = Path.of("src/test/resources/eval/stories");

  @TempDir
  Path tmp;

  private Path twoSources(String second) {
    return TestCorpus.story("harbour", TestCorpus.sources(
        "Officials said 40 people were hurt on Monday in the blast at the harbour of Tema.",
        second));
  }

  @Test
  void aBaselineLetsOnlyNewFindingsFailTheBuild() throws IOException {
    Path corpus = twoSources("Officials said 45 people were hurt on Monday in the blast at the harbour of Tema.");
    Path base = tmp.resolve("baseline.json");
    Run first = Run.of("check", corpus.toString(), "--json", tmp.resolve("r.json").toString(), "--fail-on",
        "conflict", "--write-baseline", base.toString());
    assertThat(first.code()).as(first.out() + first.err()).isEqualTo(ExitCode.FINDINGS);
    assertThat(first.out()).contains("wrote " + base);
    assertThat(Files.readString(base)).contains("\"version\" : 1").contains("\"kind\" : \"conflict\"");

    Run known = Run.of("check", corpus.toString(), "--json", tmp.resolve("r.json").toString(), "--fail-on",
        "conflict", "--baseline", base.toString());
    assertThat(known.code()).as(known.out()).isEqualTo(ExitCode.OK);
    assertThat(known.out()).containsPattern("baseline .*: [1-9][0-9]* known, 0 new, 0 no longer found");
    assertThat(lastLine(known.out())).startsWith("crosscheck passed:");

    // a source with the same figure as another changes nothing: the finding is the same
    Files.writeString(corpus.resolve("c.txt"),
        "Officials said 40 people were hurt on Monday in the blast at the harbour of Tema.");
    Run same = Run.of("check", corpus.toString(), "--json", tmp.resolve("r.json").toString(), "--fail-on",
        "conflict", "--baseline", base.toString());
    assertThat(same.code()).as(same.out()).isEqualTo(ExitCode.OK);
    // a third figure makes a conflict of other values: new, and the old one is no longer found
    Files.writeString(corpus.resolve("c.txt"),
        "Officials said 70 people were hurt on Monday in the blast at the harbour of Tema.");
    Run changed = Run.of("check", corpus.toString(), "--json", tmp.resolve("r.json").toString(), "--fail-on",
        "conflict", "--baseline", base.toString());
    assertThat(changed.code()).as(changed.out()).isEqualTo(ExitCode.FINDINGS);
    assertThat(changed.out()).containsPattern("\\nnew CC10[0-9] error F[0-9a-f]{12}(-[0-9]+)? \\[harbour\\] ")
        .containsPattern("0 known, [1-9] new, 1 no longer found");
    assertThat(lastLine(changed.out())).startsWith("crosscheck FAILED (--fail-on conflict, ").contains(" new finding");
  }

  @Test
  void badBaselinesAndModesStopBeforeAnyWorkWithOneLine() throws IOException {
    Path json = tmp.resolve("r.json");
    Run missing = Run.of("check", "seeds", "--json", json.toString(), "--baseline", tmp.resolve("no.json").toString());
    assertThat(missing.code()).isEqualTo(ExitCode.USAGE);
    assertThat(missing.err()).isEqualTo("crosscheck: cannot read baseline " + tmp.resolve("no.json")
        + ": no such file" + System.lineSeparator());
    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, "{\"version\": 1, \"findings\": {}}");
    Run malformed = Run.of("check", "seeds", "--json", json.toString(), "--baseline", bad.toString());
    assertThat(malformed.code()).isEqualTo(ExitCode.USAGE);
    assertThat(malformed.err()).startsWith("crosscheck: baseline " + bad + " is not a crosscheck baseline: ")
        .doesNotContain("Exception");
    Run mode = Run.of("check", "seeds", "--json", json.toString(), "--group-by", "topic");
    assertThat(mode.code()).isEqualTo(ExitCode.USAGE);
    assertThat(mode.err()).contains("unknown --group-by mode 'topic'; expected one of folder, field, auto");
    Run same = Run.of("check", "seeds", "--json", json.toString(), "--sarif", json.toString());
    assertThat(same.code()).isEqualTo(ExitCode.USAGE);
    assertThat(same.err()).contains("--json and --sarif name the same file");
    Path dir = Files.createDirectories(tmp.resolve("out.sarif"));
    Run unwritable = Run.of("check", "seeds", "--json", json.toString(), "--sarif", dir.toString());
    assertThat(unwritable.code()).isEqualTo(ExitCode.USAGE);
    assertThat(unwritable.err()).contains("cannot write").contains("is a directory");
    assertThat(json).doesNotExist();
  }

  @Test
  void oneAndFourThreadsWriteTheSameBytes() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("three"));
    for (String story : List.of("04-ecb", "36-ecbplus", "seeds")) {
      copy(EVAL.resolve(story), corpus.resolve(story));
    }
    Path json1 = tmp.resolve("1.json");
    Path json4 = tmp.resolve("4.json");
    Path sarif1 = tmp.resolve("1.sarif");
    Path sarif4 = tmp.resolve("4.sarif");
    Run one = Run.of("check", corpus.toString(), "--threads", "1", "--json", json1.toString(), "--sarif",
        sarif1.toString(), "--fail-on", "never");
    Run four = Run.of("check", corpus.toString(), "--threads", "4", "--json", json4.toString(), "--sarif",
        sarif4.toString(), "--fail-on", "never");
    assertThat(one.code()).as(one.err()).isZero();
    assertThat(four.code()).as(four.err()).isZero();
    assertThat(one.out()).contains("3 stories");
    assertThat(Files.readAllBytes(json4)).isEqualTo(Files.readAllBytes(json1));
    assertThat(Files.readAllBytes(sarif4)).isEqualTo(Files.readAllBytes(sarif1));
    assertThat(MAPPER.readTree(sarif1.toFile()).at("/runs/0/results").size()).isPositive();
    Run autoOne = Run.of("check", corpus.toString(), "--group-by", "auto", "--threads", "1", "--json",
        json1.toString(), "--sarif", sarif1.toString(), "--fail-on", "never");
    Run autoFour = Run.of("check", corpus.toString(), "--group-by", "auto", "--threads", "4", "--json",
        json4.toString(), "--sarif", sarif4.toString(), "--fail-on", "never");
    assertThat(autoOne.code()).as(autoOne.err()).isZero();
    assertThat(autoFour.code()).as(autoFour.err()).isZero();
    assertThat(Files.readAllBytes(json4)).isEqualTo(Files.readAllBytes(json1));
    assertThat(Files.readAllBytes(sarif4)).isEqualTo(Files.readAllBytes(sarif1));
  }

  @Test
  void autoGroupingFindsTheStoriesOfLooseArticles() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("loose"));
    for (String story : List.of("04-ecb", "41-ecbplus")) {
      try (Stream<Path> files = Files.list(EVAL.resolve(story))) {
        for (Path f : files.sorted().limit(5).toList()) {
          Files.copy(f, corpus.resolve(story + "__" + f.getFileName()));
        }
      }
    }
    Path json = tmp.resolve("auto.json");
    Path html = tmp.resolve("auto.html");
    Run r = Run.of("check", corpus.toString(), "--group-by", "auto", "--json", json.toString(), "--html",
        html.toString(), "--fail-on", "never", "--threads", "2");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode report = MAPPER.readTree(json.toFile());
    assertThat(report.get("schemaVersion").asText()).isEqualTo(CheckReport.SCHEMA_VERSION);
    assertThat(report.get("stories")).hasSize(2);
    for (JsonNode story : report.get("stories")) {
      assertThat(story.at("/grouping/by").asText()).isEqualTo("auto");
      assertThat(story.at("/grouping/terms")).isNotEmpty();
      assertThat(story.get("id").asText()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      String prefix = story.at("/sources/0/file").asText().substring(0, 6);
      story.get("sources").forEach(s -> assertThat(s.get("file").asText()).startsWith(prefix));
    }
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(MAPPER.readTree(Path.of("docs", "report.schema.json").toFile()));
    assertThat(schema.validate(report)).isEmpty();
    assertThat(Files.readString(html)).contains("Grouped automatically by content: ");
    assertThat(lastLine(r.out())).startsWith("crosscheck passed: 2 stories, 10 sources");
  }

  @Test
  void fieldGroupingKeepsStoriesOfTheFieldAndFilesOfTheRest() throws IOException {
    Path feed = tmp.resolve("feed.jsonl");
    Files.writeString(feed, "{\"story\": \"blast\", \"source\": \"a\", \"text\": \"Officials said 40 people were hurt"
        + " on Monday.\"}\n{\"story\": \"blast\", \"source\": \"b\", \"text\": \"Officials said 45 people were hurt on "
        + "Monday.\"}\n{\"source\": \"c\", \"text\": \"The council met on Friday to discuss the budget.\"}\n");
    Path json = tmp.resolve("field.json");
    Run r = Run.of("check", feed.toString(), "--group-by", "field", "--json", json.toString(), "--fail-on", "never");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode stories = MAPPER.readTree(json.toFile()).get("stories");
    assertThat(stories).hasSize(2);
    assertThat(stories.get(0).get("id").asText()).isEqualTo("blast");
    assertThat(stories.get(0).at("/grouping/by").asText()).isEqualTo("field");
    assertThat(stories.get(1).get("id").asText()).isEqualTo("feed.jsonl");
    assertThat(stories.get(1).at("/grouping/by").asText()).isEqualTo("file");
  }

  @Test
  void noProgressBarWithoutATerminalOrInCi() {
    assertThat(Progress.wanted(false)).isFalse();
    assertThat(Progress.inCi("true")).isTrue();
    assertThat(Progress.inCi("1")).isTrue();
    assertThat(Progress.inCi("false")).isFalse();
    assertThat(Progress.inCi(null)).isFalse();
  }

  private static String lastLine(String out) {
    String[] lines = out.strip().split("\\R");
    return lines[lines.length - 1];
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }
}
