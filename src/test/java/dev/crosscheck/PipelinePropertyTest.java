package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.ingest.Corpus;
import dev.crosscheck.ingest.CorpusException;
import dev.crosscheck.ingest.StoryInput;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.ExtractedArticle;
import dev.crosscheck.model.ExtractedStory;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.ProcessingError;
import dev.crosscheck.model.StoryReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.jsoup.Jsoup;

/**
 * Random and mutated input never breaks a stage: every problem is a recorded input error, never an
 * exception, and every evidence and value offset points at its text in the original.
 */
class PipelinePropertyTest {
  private static final Crosscheck CC = TestCorpus.crosscheck();
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Error messages that stand for an unexpected exception caught by a stage. */
  private static final List<String> CRASHES = List.of("cannot read this article:", "analysis failed:");

  @Property(tries = 150)
  void randomBytesInAnyFormatAreReadOrRecorded(@ForAll("extensions") String ext,
      @ForAll @Size(max = 3000) byte[] bytes) {
    inTempStory(dir -> {
      write(dir.resolve("x." + ext), bytes);
      checkAll(dir);
    });
  }

  @Property(tries = 150)
  void randomTextInAnyFormatIsReadOrRecorded(@ForAll("extensions") String ext,
      @ForAll @StringLength(max = 2000) String text) {
    inTempStory(dir -> {
      write(dir.resolve("x." + ext), text.getBytes(StandardCharsets.UTF_8));
      checkAll(dir);
    });
  }

  @Property(tries = 100)
  void randomTextAsAJsonArticleIsReadOrRecorded(@ForAll @StringLength(max = 2000) String text,
      @ForAll("articles") String article) {
    inTempStory(dir -> {
      write(dir.resolve("x.json"), json(Map.of("title", text, "maintext", text + "\n\n" + article)));
      checkAll(dir);
    });
  }

  @Property(tries = 200)
  void mutatedArticlesGiveClaimsWhoseOffsetsPointAtTheirText(@ForAll("articles") String text,
      @ForAll boolean crlf) {
    inTempStory(dir -> {
      write(dir.resolve("a.txt"), (crlf ? text.replace("\n", "\r\n") : text).getBytes(StandardCharsets.UTF_8));
      for (StoryReport story : checkAll(dir)) {
        for (ExtractedArticle a : story.articles()) {
          assertOffsets(a);
        }
      }
    });
  }

  @Property(tries = 100)
  void smallStoriesOfMutatedSentencesAreCheckedWithFindingsPointingAtTheirText(
      @ForAll("stories") List<String> articles) {
    inTempStory(dir -> {
      for (int i = 0; i < articles.size(); i++) {
        write(dir.resolve((char) ('a' + i) + ".txt"), articles.get(i).getBytes(StandardCharsets.UTF_8));
      }
      for (StoryReport story : checkAll(dir)) {
        Map<String, String> originals = new HashMap<>();
        for (ExtractedArticle a : story.articles()) {
          originals.put(a.article().source(), a.article().original());
          assertOffsets(a);
        }
        for (Finding f : story.findings()) {
          for (Evidence e : f.evidence()) {
            assertThat(originals).containsKey(e.source());
            assertThat(originals.get(e.source()).substring(e.start(), e.end())).isEqualTo(e.text());
          }
        }
      }
    });
  }

  @Property(tries = 100)
  void htmlArticlesGiveEvidenceWhoseOffsetsSpanTheirMarkup(@ForAll("htmlArticles") String html) {
    inTempStory(dir -> {
      write(dir.resolve("a.html"), html.getBytes(StandardCharsets.UTF_8));
      for (StoryReport story : checkAll(dir)) {
        for (ExtractedArticle a : story.articles()) {
          String original = a.article().original();
          for (Claim c : a.claims()) {
            Evidence e = c.evidence();
            String shown = Jsoup.parseBodyFragment(original.substring(e.start(), e.end())).text();
            assertThat(spaced(shown)).as("evidence of %s", c.id()).isEqualTo(spaced(e.text()));
          }
        }
      }
    });
  }

  /** Mutated sentences in paragraphs, with inline markup and entities, in a page with a menu and a script. */
  @Provide
  Arbitrary<String> htmlArticles() {
    Arbitrary<String> inline = Combinators.combine(sentences(), Arbitraries.of(INLINE_MARKUP), Arbitraries.longs())
        .as((sentence, markup, seed) -> {
          String[] words = sentence.replace("&", "&amp;").replace("<", "&lt;").split(" ");
          int i = (int) Math.floorMod(seed, (long) words.length);
          words[i] = markup.replace("%s", words[i]);
          return String.join(" ", words);
        });
    Arbitrary<String> paragraph = inline.list().ofMinSize(1).ofMaxSize(3)
        .map(s -> "<p>" + String.join(" ", s) + "</p>");
    return paragraph.list().ofMinSize(1).ofMaxSize(5).map(p -> "<!DOCTYPE html><html><head><title>Story</title>"
        + "<script>var a = '<p>not text</p>';</script></head><body><nav><a href=\"/\">Home</a></nav><article>\n"
        + String.join("\n", p) + "\n</article></body></html>\n");
  }

  private static final List<String> INLINE_MARKUP = List.of("<b>%s</b>", "<i>%s</i>", "<a href=\"/x\">%s</a>",
      "<span class=\"x\">%s</span>", "%s&nbsp;", "&ldquo;%s&rdquo;", "%s&#8217;s", "<em>%s</em><br>", "%s &amp;",
      "%s<!-- note -->", "&#x201C;%s&#x201D;");

  /**
   * White space runs as one space, Unicode spaces included (no-break, thin: Java's {@code \s} is ASCII only),
   * and trimmed; no invisible characters (jsoup drops them).
   */
  private static String spaced(String s) {
    return s.replaceAll("[\u200B\u00AD]", "").replaceAll("[\\s\\p{Z}\uFEFF]+", " ").strip();
  }

  @Provide
  Arbitrary<String> extensions() {
    return Arbitraries.of("txt", "md", "html", "json", "jsonl");
  }

  @Provide
  Arbitrary<String> sentences() {
    Arbitrary<List<Mutations.Kind>> kinds = Arbitraries.of(Mutations.Kind.class).list().ofMaxSize(3);
    return Combinators.combine(Arbitraries.of(Mutations.SENTENCES), kinds, Arbitraries.longs())
        .as(Mutations::apply);
  }

  /** One to eight sentences in paragraphs of one to three, separated by blank lines. */
  @Provide
  Arbitrary<String> articles() {
    Arbitrary<String> paragraph = sentences().list().ofMinSize(1).ofMaxSize(3).map(s -> String.join(" ", s));
    return paragraph.list().ofMinSize(1).ofMaxSize(4).map(p -> String.join("\n\n", p) + "\n");
  }

  @Provide
  Arbitrary<List<String>> stories() {
    return articles().list().ofMinSize(2).ofMaxSize(4);
  }

  /** Scans, extracts and compares every story of {@code dir}, asserting that no stage crashed. */
  private static List<StoryReport> checkAll(Path dir) {
    Corpus corpus;
    try {
      corpus = CC.scan(dir);
    } catch (CorpusException e) {
      assertThat(e.getMessage()).startsWith("no articles in");
      return List.of();
    }
    assertNoCrash(corpus.errors());
    List<StoryReport> out = new java.util.ArrayList<>();
    for (StoryInput s : corpus.stories()) {
      ExtractedStory extracted = CC.extract(s);
      assertNoCrash(extracted.errors());
      StoryReport report = CC.compare(extracted);
      out.add(report);
    }
    return out;
  }

  private static void assertNoCrash(List<ProcessingError> errors) {
    for (ProcessingError e : errors) {
      for (String crash : CRASHES) {
        assertThat(e.what()).as("a stage threw on %s", e.where()).doesNotStartWith(crash);
      }
    }
  }

  /**
   * Evidence offsets give the evidence text exactly (.txt articles without hard-wrapped lines); value
   * offsets lie inside the evidence and point at the value's words.
   */
  private static void assertOffsets(ExtractedArticle a) {
    Article article = a.article();
    String original = article.original();
    for (Claim c : a.claims()) {
      Evidence e = c.evidence();
      assertThat(original.substring(e.start(), e.end())).as("evidence of %s", c.id()).isEqualTo(e.text());
      assertThat(c.valueStart()).isBetween(e.start(), e.end());
      assertThat(c.valueEnd()).isBetween(c.valueStart(), e.end());
      // the words at the value offsets are the value's (quotes may differ at their edges: see
      // extract.ValueOffsetsTest, disabled)
      String at = lettersAndDigits(original.substring(c.valueStart(), c.valueEnd()));
      String value = lettersAndDigits(c.value().text());
      assertThat(value).as("value of %s: %s", c.id(), c.value()).contains(at);
      if (!value.isEmpty()) {
        assertThat(at).as("value of %s: %s", c.id(), c.value()).isNotEmpty();
      }
    }
  }

  static String lettersAndDigits(String s) {
    return s.codePoints().filter(Character::isLetterOrDigit)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
  }

  private static byte[] json(Map<String, String> fields) {
    try {
      return JSON.writeValueAsBytes(fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface StoryTest {
    void run(Path dir) throws IOException;
  }

  /** Runs {@code test} on a fresh story folder, deleted afterwards. */
  private static void inTempStory(StoryTest test) {
    try {
      Path root = Files.createTempDirectory("crosscheck-prop");
      try {
        test.run(Files.createDirectories(root.resolve("story")));
      } finally {
        try (Stream<Path> paths = Files.walk(root)) {
          for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
