package dev.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.cli.Main;
import dev.crosscheck.report.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
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
 * on the same input, byte for byte, with the same errors and summary: over a tree of folder stories
 * (seeds/ and three ECB+ stories) with JSON and JSONL feeds whose objects join stories by their
 * {@code story} field, broken lines, a line in Windows-1252, clashing ids, a broken symbolic link and
 * a link loop; and over a
 * JSONL feed given as the corpus itself, with the rules read from rules/ rather than from the jar.
 */
class SparkCheckTest {
  private static final List<String> ECB_STORIES = List.of("29-ecb", "36-ecb", "37-ecbplus");

  @TempDir
  static Path tmp;

  private static Path archive;

  @BeforeAll
  static void archive() throws IOException {
    archive = tmp.resolve("archive");
    copyTree(Path.of("seeds"), archive.resolve("seeds"));
    for (String story : ECB_STORIES) {
      copyTree(Path.of("src/test/resources/eval/stories", story), archive.resolve(story));
    }
    Files.writeString(archive.resolve("README.md"), "Not an article.\n");
    Files.writeString(archive.resolve(".hidden.txt"), "Not read.\n");
    Files.createSymbolicLink(archive.resolve("seeds/broken.txt"), tmp.resolve("no-such-file.txt"));
    Files.createSymbolicLink(archive.resolve("36-ecb/loop"), Path.of(".."));
    List<Path> seeds;
    try (Stream<Path> list = Files.list(Path.of("seeds"))) {
      seeds = list.sorted().toList();
    }
    // A feed: a story of its own ("wire"), an article joining the folder story "seeds" with an id
    // that clashes there, an outlet used twice, and lines that are not articles.
    List<String> lines = new ArrayList<>();
    lines.add(article("wire", null, "example.com", seeds.get(0)));
    lines.add(article("wire", null, "example.com", seeds.get(1)));
    lines.add(article("wire", null, "example.org", seeds.get(2)));
    lines.add("");
    lines.add("{\"title\": \"broken");
    lines.add("[1, 2]");
    lines.add("{\"story\": \"wire\", \"title\": \"no text\"}");
    lines.add(article("seeds", seeds.get(4).getFileName().toString().replace(".txt", ""), null, seeds.get(3)));
    Files.createDirectories(archive.resolve("feeds"));
    ByteArrayOutputStream feed = new ByteArrayOutputStream();
    feed.writeBytes((String.join("\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
    // a line in Windows-1252, read with a note
    feed.writeBytes(article("wire", null, "caf\u00e9.example", seeds.get(4)).getBytes(Charset.forName("windows-1252")));
    feed.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
    Files.write(archive.resolve("feeds/wire.jsonl"), feed.toByteArray());
    // A JSON array in a folder: its objects without a story field join the folder's story.
    Files.writeString(archive.resolve("feeds/desk.json"), "[" + article(null, null, "desk.example", seeds.get(1))
        + ",\n" + article(null, null, null, seeds.get(2)) + "]\n");
    // JSON Lines saved as .json, in a folder story of its own
    Files.createDirectories(archive.resolve("desk2"));
    Files.writeString(archive.resolve("desk2/lines.json"), article(null, null, null, seeds.get(0)) + "\n"
        + article(null, null, null, seeds.get(3)) + "\n");
  }

  @Test
  void storiesOfAFolderTreeAreThoseOfTheCommandLine() throws IOException {
    JsonNode cli = commandLine(archive, tmp.resolve("tree.json"));
    Path out = tmp.resolve("tree-out");
    Run run = spark("--master", "local[2]", "--partitions", "3", archive.toUri().toString(), out.toString());

    assertThat(run.code()).as(run.err()).isZero();
    JsonNode summary = cli.get("summary");
    assertThat(run.out()).contains("crosscheck-spark: 7 stories, " + summary.get("sources") + " sources, "
        + summary.get("findings") + " findings");
    assertThat(stories(cli)).extracting(s -> s.get("id").asText())
        .containsExactly("29-ecb", "36-ecb", "37-ecbplus", "desk2", "feeds", "seeds", "wire");
    assertThat(cli.get("errors")).extracting(e -> e.get("what").asText()).contains(
        "not a JSON object but an array", "broken or looping symbolic link, skipped",
        "symlink loop: directory already read, skipped", "not valid UTF-8: read as Windows-1252");
    assertSameAsCommandLine(cli, out);
  }

  @Test
  void storiesOfAFeedAreThoseOfTheCommandLine() throws IOException {
    Path feed = archive.resolve("feeds/wire.jsonl");
    JsonNode cli = commandLine(feed, tmp.resolve("feed.json"));
    Path out = tmp.resolve("feed-out");
    Run run = spark("--master", "local[2]", "--rules", Path.of("rules").toAbsolutePath().toString(),
        feed.toString(), out.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(stories(cli)).extracting(s -> s.get("id").asText()).containsExactly("seeds", "wire");
    assertSameAsCommandLine(cli, out);
  }

  @Test
  void usageErrorsExitWithTwoBeforeAnySparkWork() throws IOException {
    Run none = spark();
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("expected INPUT and OUTPUT").contains("Usage: SparkCheck");

    Run missing = spark("--master", "local[1]", tmp.resolve("no-such-dir").toString(), tmp.resolve("x").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).startsWith("crosscheck-spark: no such corpus: ");

    Path existing = Files.createDirectories(tmp.resolve("existing"));
    Run exists = spark("--master", "local[1]", archive.toString(), existing.toString());
    assertThat(exists.code()).isEqualTo(2);
    assertThat(exists.err()).startsWith("crosscheck-spark: output exists: ");

    Run rules = spark("--rules", tmp.resolve("no-rules").toString(), archive.toString(), tmp.resolve("z").toString());
    assertThat(rules.code()).isEqualTo(2);
    assertThat(rules.err()).isEqualTo("crosscheck-spark: " + tmp.resolve("no-rules") + ": no such rules directory\n");

    Run partitions = spark("--partitions", "0", archive.toString(), tmp.resolve("y").toString());
    assertThat(partitions.code()).isEqualTo(2);
    assertThat(partitions.err()).contains("--partitions must be a whole number of at least 1: 0");
  }

  /**
   * Each story line is the command line's story object, serialized on one line; the error lines are
   * its errors, in its order; summary.json has its schema version, tool, corpus and summary.
   */
  private static void assertSameAsCommandLine(JsonNode cli, Path out) throws IOException {
    List<String> expected = stories(cli).stream().map(Json::line).toList();
    assertThat(parts(out.resolve("stories"))).containsExactlyElementsOf(expected);

    List<String> errors = new ArrayList<>();
    cli.get("errors").forEach(e -> errors.add(Json.line(e)));
    assertThat(parts(out.resolve("errors"))).containsExactlyElementsOf(errors);

    ObjectNode summary = Json.object();
    for (String field : List.of("schemaVersion", "tool", "corpus", "summary")) {
      summary.set(field, cli.get(field));
    }
    assertThat(Files.readString(out.resolve("summary.json"))).isEqualTo(Json.write(summary));
  }

  private static JsonNode commandLine(Path corpus, Path json) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"check", corpus.toString(), "--json", json.toString(), "--fail-on", "never"},
        new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(code).as(err.toString()).isZero();
    return Json.mapper().readTree(json.toFile());
  }

  private static List<JsonNode> stories(JsonNode report) {
    List<JsonNode> out = new ArrayList<>();
    report.get("stories").forEach(out::add);
    return out;
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

  private static String article(String story, String id, String outlet, Path file) {
    ObjectNode o = Json.object();
    if (story != null) {
      o.put("story", story);
    }
    if (id != null) {
      o.put("id", id);
    }
    if (outlet != null) {
      o.put("source_domain", outlet);
    }
    try {
      o.put("maintext", Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Json.line(o);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> list = Files.list(from)) {
      for (Path f : list.toList()) {
        Files.copy(f, to.resolve(f.getFileName().toString()));
      }
    }
  }

  private record Run(int code, String out, String err) {}

  private static Run spark(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SparkCheck.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }
}
