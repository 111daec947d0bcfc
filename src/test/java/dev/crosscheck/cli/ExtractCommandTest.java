package dev.crosscheck.cli;

import dev.crosscheck.ci.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosscheck extract} reads a corpus, a feed or one article file. */
class ExtractCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEXT = "Officials said 40 people were hurt in the flood on Monday.\n\n"
      + "The mayor said the bridge will reopen in March.\n";

  @TempDir
  Path tmp;

  private static JsonNode extracted(String... args) throws IOException {
    Run r = Run.of(args);
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
    return JSON.readTree(r.out());
  }

  @Test
  void oneArticleFileIsExtractedAsTheSameArticleInItsStory() throws IOException {
    Path story = Files.createDirectories(tmp.resolve("flood"));
    Path article = Files.writeString(story.resolve("wire.txt"), TEXT);
    Files.writeString(story.resolve("other.txt"), "Officials said 45 people were hurt in the flood.\n");
    JsonNode inStory = extracted("extract", story.toString()).at("/stories/0/articles");
    JsonNode expected = null;
    for (JsonNode a : inStory) {
      if (a.get("file").asText().equals("wire.txt")) {
        expected = a;
      }
    }
    assertThat(expected).as("wire.txt extracted from its story").isNotNull();
    assertThat(expected.get("claims")).isNotEmpty();

    JsonNode alone = extracted("extract", article.toString());
    assertThat(alone.get("corpus").asText()).isEqualTo("wire");
    assertThat(alone.get("stories")).hasSize(1);
    assertThat(alone.at("/stories/0/id").asText()).isEqualTo("wire");
    assertThat(alone.at("/stories/0/articles")).containsExactly(expected);
    assertThat(alone.get("errors")).isEmpty();
  }

  @Test
  void oneArticleFileIsWrittenWithJson() throws IOException {
    Path article = Files.writeString(tmp.resolve("page.html"),
        "<html><head><title>Flood</title></head><body><article><p>" + TEXT + "</p></article></body></html>");
    Path out = tmp.resolve("out/page.json");
    Run r = Run.of("extract", article.toString(), "--json", out.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).isEqualTo("wrote " + out);
    JsonNode json = JSON.readTree(out.toFile());
    assertThat(json.at("/stories/0/articles/0/file").asText()).isEqualTo("page.html");
    assertThat(json.at("/stories/0/articles/0/title").asText()).isEqualTo("Flood");
    assertThat(json.at("/stories/0/articles/0/claims")).isNotEmpty();
  }

  @Test
  void aCorpusOfWhichNoArticleCanBeReadExitsAsCheckDoes() throws IOException {
    Path story = Files.createDirectories(tmp.resolve("broken"));
    Files.write(story.resolve("bin.txt"), new byte[] {0, 1, 2, 3});
    Path out = tmp.resolve("out.json");
    Run r = Run.of("extract", story.toString(), "--json", out.toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("crosscheck: no article of " + story + " could be read (1 input errors");
    JsonNode json = JSON.readTree(out.toFile());
    assertThat(json.at("/stories/0/articles")).isEmpty();
    assertThat(json.at("/errors/0/what").asText()).isEqualTo("binary data, not text");
  }

  @Test
  void aFileOfAnotherTypeIsRefusedWithOneLine() throws IOException {
    Path photo = Files.writeString(tmp.resolve("photo.jpg"), "not an article");
    Run r = Run.of("extract", photo.toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).isEqualTo("crosscheck: unsupported file type: " + photo
        + " (articles are .txt, .md or .html files, feeds .json or .jsonl files)");
  }

  @Test
  void checkRefusesOneArticleAndPointsToExtract() throws IOException {
    Path article = Files.writeString(tmp.resolve("wire.txt"), TEXT);
    Run r = Run.of("check", article.toString(), "--json", tmp.resolve("r.json").toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).startsWith("crosscheck: " + article + " is one article")
        .contains("'crosscheck extract " + article + "'");
    assertThat(tmp.resolve("r.json")).doesNotExist();
  }
}
