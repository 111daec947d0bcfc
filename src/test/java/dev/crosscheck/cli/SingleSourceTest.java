package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.ci.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A story with one source has nothing to compare: the report and the console say so; it is no error. */
class SingleSourceTest {
  @TempDir
  Path tmp;

  @Test
  void aStoryOfOneSourceIsNotedNotAnError() throws IOException {
    Path corpus = tmp.resolve("news");
    Files.createDirectories(corpus.resolve("alone"));
    Files.createDirectories(corpus.resolve("pair"));
    Files.writeString(corpus.resolve("alone/a.txt"), "Officials said 40 people were hurt in the flood on Monday.\n");
    Files.writeString(corpus.resolve("pair/a.txt"), "Officials said 40 people were hurt in the flood on Monday.\n");
    Files.writeString(corpus.resolve("pair/b.txt"), "Officials said 45 people were hurt in the flood on Monday.\n");
    Path json = tmp.resolve("news.json");
    Run r = Run.of("check", corpus.toString(), "--json", json.toString(), "--fail-on", "never");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("news: 2 stories, 3 sources\n").contains("story alone: only one source: nothing to compare\n")
        .doesNotContain("story pair:").contains(", 0 input errors");
    String report = Files.readString(json);
    assertThat(report).contains("\"id\" : \"alone\",\n      \"note\" : \"only one source: nothing to compare\"")
        .contains("\"id\" : \"pair\",\n      \"note\" : \"\"").contains("\"errors\" : [ ]");
  }
}
