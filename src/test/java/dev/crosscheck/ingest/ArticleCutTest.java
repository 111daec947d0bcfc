package dev.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.TestCorpus;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.ProcessingError;
import dev.crosscheck.rules.IngestSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles longer than max_article_bytes are cut at a line or sentence end, with a note. */
class ArticleCutTest {
  private static final int MAX = 20_000;
  private static final String PARAGRAPH = "Officials said 40 people were hurt in the flood in Springfield on Monday. "
      + "The caf\u00E9 near the river was closed, the mayor said.\n\n";

  @TempDir
  Path tmp;

  private static ArticleLoader loader() {
    IngestSettings s = TestCorpus.crosscheck().settings().ingest();
    IngestSettings small = new IngestSettings(s.lengthHigh(), s.stopwordsHigh(), s.minSentenceWords(),
        s.maxLinkDensity(), s.maxWordsForContains(), s.headingMinWords(), s.headingMaxWords(), MAX,
        s.publishedCueLines());
    return new ArticleLoader(TestCorpus.crosscheck().lexicons(), small);
  }

  @Test
  void cutAtTheLastLineEndElseTheLastSentenceEnd() {
    assertThat(ArticleCut.end("One. Two.\nThree fo")).isEqualTo(9);
    assertThat(ArticleCut.end("One two. Three four. Five si")).isEqualTo(20);
    assertThat(ArticleCut.end("no boundary at all in this text")).isEqualTo(31);
    assertThat(ArticleCut.cut("Ab.\nCd \uD83D\uDE00", 8)).isEqualTo("Ab.");
  }

  @Test
  void aFileOf50MegabytesIsCutWithANote() throws IOException {
    Path story = Files.createDirectories(tmp.resolve("story"));
    Path huge = story.resolve("huge.txt");
    byte[] paragraph = PARAGRAPH.getBytes(StandardCharsets.UTF_8);
    long size = 0;
    try (OutputStream out = Files.newOutputStream(huge)) {
      while (size < 50L * 1024 * 1024) {
        out.write(paragraph);
        size += paragraph.length;
      }
    }
    LoadedStory loaded = loader().load(CorpusReader.scan(story, MAX).stories().get(0));
    assertThat(loaded.articles()).hasSize(1);
    Article a = loaded.articles().get(0);
    assertThat(a.original().length()).isLessThanOrEqualTo(MAX);
    assertThat(a.original().stripTrailing()).endsWith("the mayor said.");
    assertThat(loaded.errors()).extracting(ProcessingError::severity, ProcessingError::what).containsExactly(
        org.assertj.core.groups.Tuple.tuple("note", "file has " + size + " bytes, more than max_article_bytes (" + MAX
            + "): only its first " + a.original().length() + " characters were read"));
  }

  @Test
  void aJsonTextLongerThanJacksonsDefaultLimitIsReadAndCut() throws IOException {
    StringBuilder text = new StringBuilder();
    while (text.length() < 21_000_000) {
      text.append(PARAGRAPH.replace("\n", "\\n"));
    }
    Path feed = tmp.resolve("feed.jsonl");
    Files.writeString(feed, "{\"id\": \"long\", \"maintext\": \"" + text + "\"}\n");
    Corpus corpus = CorpusReader.scan(feed, MAX);
    assertThat(corpus.errors()).isEmpty();
    LoadedStory loaded = loader().load(corpus.stories().get(0));
    assertThat(loaded.articles()).hasSize(1);
    assertThat(loaded.articles().get(0).original()).hasSizeLessThanOrEqualTo(MAX);
    assertThat(loaded.articles().get(0).original().stripTrailing()).endsWith("the mayor said.");
    assertThat(loaded.errors()).singleElement().satisfies(e -> {
      assertThat(e.severity()).isEqualTo("note");
      assertThat(e.where()).isEqualTo("feed.jsonl:1");
      assertThat(e.what()).startsWith("text has ").contains("more than max_article_bytes (" + MAX + ")");
    });
  }
}
