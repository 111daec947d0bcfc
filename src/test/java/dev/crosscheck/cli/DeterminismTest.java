package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.ci.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same corpus gives byte-identical JSON and HTML reports whatever the order its files were
 * created in, the directory it sits in and the number of threads.
 */
class DeterminismTest {
  private static final List<String> STORIES = List.of("seeds", "29-ecb", "05-ecb");

  @TempDir
  static Path tmp;
  private static Path first;
  private static Path second;

  @BeforeAll
  static void copies() throws IOException {
    List<Path[]> files = new ArrayList<>();
    for (String story : STORIES) {
      try (Stream<Path> list = Files.list(Path.of("src/test/resources/eval/stories", story))) {
        list.sorted().forEach(f -> files.add(new Path[] {f, Path.of(story, f.getFileName().toString())}));
      }
    }
    first = copy(files, tmp.resolve("one/parent/news"));
    List<Path[]> shuffled = new ArrayList<>(files);
    Collections.shuffle(shuffled, new Random(7));
    second = copy(shuffled, tmp.resolve("two/elsewhere/deeper/news"));
  }

  /** Copies {@code files} in the given order, and a feed whose lines join two of the stories. */
  private static Path copy(List<Path[]> files, Path corpus) throws IOException {
    for (Path[] f : files) {
      Files.createDirectories(corpus.resolve(f[1]).getParent());
      Files.copy(f[0], corpus.resolve(f[1]));
    }
    List<String> lines = List.of(
        "{\"story\": \"29-ecb\", \"id\": \"wire\", \"maintext\": \"Officials said 12 people were hurt on Monday.\"}",
        "{\"story\": \"extra\", \"id\": \"a\", \"maintext\": \"The mayor said 40 people were hurt on Monday.\"}",
        "{\"story\": \"extra\", \"id\": \"b\", \"maintext\": \"The mayor said 45 people were hurt on Monday.\"}",
        "{broken");
    Files.writeString(corpus.resolve("feed.jsonl"), String.join("\n", lines) + "\n");
    return corpus;
  }

  private static byte[][] run(Path corpus, int threads, String tag) throws IOException {
    Path json = tmp.resolve(tag + ".json");
    Path html = tmp.resolve(tag + ".html");
    Run r = Run.of("check", corpus.toString(), "--json", json.toString(), "--html", html.toString(),
        "--threads", String.valueOf(threads), "--fail-on", "never");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
    return new byte[][] {Files.readAllBytes(json), Files.readAllBytes(html)};
  }

  @Test
  void sameBytesWhateverTheFileOrderTheDirectoryAndTheThreads() throws IOException {
    byte[][] reference = run(first, 1, "first-1");
    assertThat(new String(reference[0], java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"corpus\" : \"news\"").contains("\"id\" : \"extra\"").doesNotContain(tmp.toString());
    assertThat(new String(reference[1], java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(tmp.toString());
    for (Object[] variant : new Object[][] {{first, 4, "first-4"}, {second, 1, "second-1"}, {second, 4, "second-4"}}) {
      byte[][] other = run((Path) variant[0], (Integer) variant[1], (String) variant[2]);
      assertThat(other[0]).as("JSON of %s", variant[2]).isEqualTo(reference[0]);
      assertThat(other[1]).as("HTML of %s", variant[2]).isEqualTo(reference[1]);
    }
  }
}
