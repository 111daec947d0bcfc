package dev.crosscheck.cli;

import dev.crosscheck.ci.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code crosscheck check} prints: the summary lines and the last line, for CI logs. */
class ConsoleLinesTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @TempDir
  Path tmp;

  /** A story of two articles, the first {@code latin} of them in Windows-1252 (each read with a note). */
  private Path corpus(int latin) throws IOException {
    Path story = Files.createDirectories(tmp.resolve("news"));
    String[] texts = {"Officials in Montréal said 40 people were hurt in the flood on Monday.\n",
        "Officials in Montréal said 45 people were hurt in the flood on Monday.\n"};
    for (int i = 0; i < texts.length; i++) {
      Path file = story.resolve((char) ('a' + i) + ".txt");
      if (i < latin) {
        Files.write(file, texts[i].getBytes(WINDOWS_1252));
      } else {
        Files.writeString(file, texts[i]);
      }
    }
    return story;
  }

  private static String lastLine(String out) {
    String text = out.strip();
    return text.substring(text.lastIndexOf('\n') + 1);
  }

  private Run check(Path corpus, Path json) {
    Run r = Run.of("check", corpus.toString(), "--json", json.toString(), "--fail-on", "never");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
    return r;
  }

  @Test
  void theLastLineNamesTheInputNotes() throws IOException {
    Path json = tmp.resolve("one.json");
    Run r = check(corpus(1), json);
    JsonNode summary = new ObjectMapper().readTree(json.toFile()).get("summary");
    assertThat(summary.get("errors").asInt()).isZero();
    assertThat(summary.get("notes").asInt()).isEqualTo(1);
    assertThat(r.out().lines().findFirst()).hasValue("news: 1 story, 2 sources, 0 input errors and 1 input note");
    assertThat(lastLine(r.out())).startsWith("crosscheck passed: ").endsWith(", 0 input errors and 1 input note");
  }

  @Test
  void inputNotesArePlural() throws IOException {
    Path json = tmp.resolve("two.json");
    Run r = check(corpus(2), json);
    assertThat(new ObjectMapper().readTree(json.toFile()).at("/summary/notes").asInt()).isEqualTo(2);
    assertThat(lastLine(r.out())).endsWith(", 0 input errors and 2 input notes");
  }

  @Test
  void withoutInputNotesTheLastLineCountsTheInputErrorsOnly() throws IOException {
    Run r = check(corpus(0), tmp.resolve("none.json"));
    assertThat(r.out().lines().findFirst()).hasValue("news: 1 story, 2 sources");
    assertThat(lastLine(r.out())).endsWith(", 0 input errors").doesNotContain("input note");
  }
}
