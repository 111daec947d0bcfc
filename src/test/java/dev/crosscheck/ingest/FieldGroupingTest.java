package dev.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.StoryGrouping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldGroupingTest {
  @TempDir
  Path tmp;

  @Test
  void storyFieldsMakeStoriesAndOtherArticlesStayWithTheirFile() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.createDirectories(corpus.resolve("a"));
    Files.createDirectories(corpus.resolve("b"));
    Files.writeString(corpus.resolve("a/feed.jsonl"),
        "{\"story\": \"quake\", \"text\": \"One.\", \"source\": \"x\"}\n"
            + "{\"text\": \"Two.\", \"source\": \"y\"}\n"
            + "{\"text\": \"Three.\", \"source\": \"z\"}\n");
    Files.writeString(corpus.resolve("b/more.jsonl"), "{\"story\": \"quake\", \"text\": \"Four.\", \"source\": \"w\"}\n");
    Files.writeString(corpus.resolve("b/loose.txt"), "Five.");
    Files.writeString(corpus.resolve("b/other.txt"), "Six.");
    FieldGrouping.Result r = FieldGrouping.regroup(CorpusReader.scan(corpus, 2_000_000));
    assertThat(r.stories()).extracting(StoryInput::id)
        .containsExactly("a/feed.jsonl", "b/loose.txt", "b/other.txt", "quake");
    StoryInput quake = r.stories().get(3);
    assertThat(quake.sources()).extracting(SourceInput::sourceId).containsExactly("w", "x");
    assertThat(r.stories().get(0).sources()).extracting(SourceInput::sourceId).containsExactly("y", "z");
    assertThat(r.grouping().get("quake")).isEqualTo(StoryGrouping.FIELD);
    assertThat(r.grouping().get("b/loose.txt")).isEqualTo(StoryGrouping.FILE);
    assertThat(List.copyOf(r.grouping().keySet())).hasSize(4);
  }

  @Test
  void aFileStoryNeverTakesTheIdOfAStoryField() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "Loose.");
    Files.writeString(corpus.resolve("feed.jsonl"),
        "{\"story\": \"a.txt\", \"text\": \"One.\", \"source\": \"x\"}\n"
            + "{\"story\": \"a.txt-file\", \"text\": \"Two.\", \"source\": \"y\"}\n");
    FieldGrouping.Result r = FieldGrouping.regroup(CorpusReader.scan(corpus, 2_000_000));
    assertThat(r.stories()).extracting(StoryInput::id).containsExactly("a.txt", "a.txt-file", "a.txt-file-2");
    assertThat(r.stories().get(2).sources()).extracting(SourceInput::file).containsExactly("a.txt");
  }
}
