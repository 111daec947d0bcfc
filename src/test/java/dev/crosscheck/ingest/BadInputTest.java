package dev.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.TestCorpus;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ExtractedArticle;
import dev.crosscheck.model.ProcessingError;
import dev.crosscheck.model.StoryReport;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-article problems: each bad file of a story becomes an entry of the report's errors (source,
 * what, where) and the story's good articles are compared all the same.
 */
class BadInputTest {
  static final String GOOD_A = "Officials said 40 people were hurt in the flood in Springfield on Monday.\n\n"
      + "The river rose by three metres overnight, the mayor said.\n";
  static final String GOOD_B = "Officials said 45 people were hurt in the flood in Springfield on Monday.\n\n"
      + "Rescuers evacuated 300 homes near the river.\n";

  @TempDir
  Path tmp;

  /** A story of the two good articles plus {@code name} holding {@code bytes}, checked. */
  private Checked check(String name, byte[] bytes) throws IOException {
    Path story = Files.createDirectories(tmp.resolve("story"));
    Files.writeString(story.resolve("a.txt"), GOOD_A);
    Files.writeString(story.resolve("b.txt"), GOOD_B);
    Files.write(story.resolve(name), bytes);
    return run(story);
  }

  private static Checked run(Path corpus) {
    Corpus c = TestCorpus.crosscheck().scan(corpus);
    List<StoryReport> stories = new ArrayList<>();
    List<ProcessingError> errors = new ArrayList<>(c.errors());
    for (StoryInput s : c.stories()) {
      StoryReport r = TestCorpus.crosscheck().check(s);
      stories.add(r);
      errors.addAll(r.errors());
    }
    return new Checked(stories, errors);
  }

  record Checked(List<StoryReport> stories, List<ProcessingError> errors) {
    List<String> sources() {
      return stories.stream().flatMap(s -> s.sources().stream()).map(s -> s.id()).sorted().toList();
    }

    ProcessingError only() {
      assertThat(errors).hasSize(1);
      return errors.get(0);
    }

    ExtractedArticle article(String source) {
      return stories.stream().flatMap(s -> s.articles().stream()).filter(a -> a.article().source().equals(source))
          .findFirst().orElseThrow(() -> new AssertionError("no article " + source + "; errors: " + errors));
    }
  }

  private static void assertSkipped(Checked r, String source, String what, String where) {
    ProcessingError e = r.only();
    assertThat(e.severity()).isEqualTo("error");
    assertThat(e.source()).isEqualTo(source);
    assertThat(e.what()).contains(what);
    assertThat(e.where()).isEqualTo(where);
    assertThat(r.sources()).containsExactly("a", "b");
    assertThat(r.stories().get(0).findings()).isNotEmpty();
  }

  /** Every claim's evidence and value offsets point into the original text. */
  static void assertOffsetsHold(ExtractedArticle a) {
    String original = a.article().original();
    assertThat(a.claims()).isNotEmpty();
    for (Claim c : a.claims()) {
      assertThat(original.substring(c.evidence().start(), c.evidence().end())).isEqualTo(c.evidence().text());
      assertThat(c.valueStart()).isBetween(c.evidence().start(), c.evidence().end());
      assertThat(c.valueEnd()).isBetween(c.valueStart(), c.evidence().end());
    }
  }

  @Test
  void emptyFile() throws IOException {
    assertSkipped(check("empty.txt", new byte[0]), "empty", "empty file", "empty.txt");
  }

  @Test
  void whiteSpaceOnly() throws IOException {
    assertSkipped(check("blank.txt", " \n\t\r\n  \u00A0\n".getBytes(StandardCharsets.UTF_8)), "blank", "white space",
        "blank.txt");
  }

  @Test
  void imageRenamedTxt() throws IOException {
    byte[] png = randomBytes(4000, 1);
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);
    assertSkipped(check("photo.txt", png), "photo", "binary data", "photo.txt");
    byte[] jpeg = randomBytes(4000, 2);
    System.arraycopy(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'}, 0,
        jpeg, 0, 10);
    assertSkipped(check("photo.txt", jpeg), "photo", "binary data", "photo.txt");
  }

  @Test
  void binaryAfterAUtf16ByteOrderMark() throws IOException {
    byte[] bytes = randomBytes(4000, 3);
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    for (int i = 2; i < bytes.length; i++) {
      bytes[i] = bytes[i] == 0 ? 1 : bytes[i]; // no NUL to give it away
    }
    assertSkipped(check("data.txt", bytes), "data", "binary data", "data.txt");
  }

  @Test
  void latin1AndWindows1252AreReadWithANote() throws IOException {
    String text = "The mayor of Bogot\u00E1 said \u201Cmore than 50\u201D people were evacuated from the caf\u00E9 on "
        + "Monday.\n\nOfficials said 40 people were hurt in the flood in Springfield on Monday.\n";
    Checked r = check("latin.txt", text.getBytes(Charset.forName("windows-1252")));
    ProcessingError e = r.only();
    assertThat(e.severity()).isEqualTo("note");
    assertThat(e.source()).isEqualTo("latin");
    assertThat(e.what()).isEqualTo("not valid UTF-8: read as Windows-1252");
    assertThat(r.sources()).containsExactly("a", "b", "latin");
    ExtractedArticle a = r.article("latin");
    assertThat(a.article().original()).isEqualTo(text);
    assertOffsetsHold(a);
  }

  @Test
  void utf8WithAByteOrderMarkAndCrlfLineEnds() throws IOException {
    String text = "Officials said 40 people were hurt in the flood in Springfield on Monday.\r\n\r\n"
        + "The mayor of Bogot\u00E1 said 300 homes were evacuated.\r\n";
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Checked r = check("bom.txt", bytes);
    assertThat(r.errors()).isEmpty();
    ExtractedArticle a = r.article("bom");
    assertThat(a.article().original()).isEqualTo(text);
    assertThat(a.article().clean().text()).doesNotContain("\r").doesNotContain("\uFEFF")
        .startsWith("Officials said 40");
    assertThat(a.article().clean().paragraphs()).hasSize(2);
    assertOffsetsHold(a);
  }

  @Test
  void articleWithNoSentence() throws IOException {
    Checked r = check("menu.txt", "Home\nNews\nSport\n12 34\n- - -\n".getBytes(StandardCharsets.UTF_8));
    assertSkipped(r, "menu", "no article text", "menu.txt");
  }

  @Test
  void symlinkLoopAndBrokenLink() throws IOException {
    Path story = Files.createDirectories(tmp.resolve("story"));
    Files.writeString(story.resolve("a.txt"), GOOD_A);
    Files.writeString(story.resolve("b.txt"), GOOD_B);
    Path loop = Files.createDirectories(story.resolve("loop"));
    Files.createSymbolicLink(loop.resolve("again"), Path.of(".."));
    Files.createSymbolicLink(story.resolve("gone.txt"), Path.of("nowhere.txt"));
    Checked r = run(story);
    assertThat(r.sources()).containsExactly("a", "b");
    assertThat(r.errors()).extracting(ProcessingError::source, ProcessingError::what, ProcessingError::where)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("gone", "broken or looping symbolic link, skipped", "gone.txt"),
            org.assertj.core.groups.Tuple.tuple("loop/again", "symlink loop: directory already read, skipped",
                "loop/again"));
  }

  @Test
  void malformedHtmlIsReadTolerantly() throws IOException {
    String html = "<html><head><title>Flood</title><body><p>Officials said 42 people were hurt in the flood in "
        + "Springfield on Monday.<p>The river rose by <b>three metres overnight, the mayor said.<div><span>Rescuers "
        + "evacuated 300 homes &amp more</table></html";
    Checked r = check("page.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(r.errors()).isEmpty();
    ExtractedArticle a = r.article("page");
    assertThat(a.article().clean().text()).contains("Officials said 42 people were hurt")
        .doesNotContain("<b>").doesNotContain("<p>");
    assertThat(a.claims()).anyMatch(c -> c.value().text().contains("42"));
  }

  @Test
  void jsonWithMissingOrMistypedFields() throws IOException {
    Checked noText = check("x.json", "{\"title\": \"Flood\", \"url\": \"https://example.org/x\"}".getBytes());
    assertSkipped(noText, "x", "no article text: none of the fields maintext, text", "x.json");
    Checked number = check("x.json", "{\"title\": \"Flood\", \"maintext\": 42}".getBytes());
    assertSkipped(number, "x", "field 'maintext' is a number, not a string", "x.json");
    Checked array = check("x.json", "{\"text\": [\"Officials said 40 people were hurt.\"]}".getBytes());
    assertSkipped(array, "x", "field 'text' is an array, not a string", "x.json");
    Checked notObject = check("x.json", "\"Officials said 40 people were hurt.\"".getBytes());
    assertSkipped(notObject, "x", "not a JSON object but a string", "x.json");
    Checked empty = check("x.json", "  \n".getBytes());
    assertSkipped(empty, "x", "empty JSON file", "x.json");
    Checked broken = check("x.json", "{\"title\": \"Flood\",\n \"maintext\": ".getBytes());
    assertSkipped(broken, "x", "not valid JSON", "x.json:2");
  }

  @Test
  void mistypedMetadataIsIgnoredWithANote() throws IOException {
    String json = "{\"title\": {\"text\": \"Flood\"}, \"date_publish\": \"someday\", \"maintext\": \""
        + GOOD_A.replace("\n", "\\n").replace("40", "41") + "\"}";
    Checked r = check("x.json", json.getBytes());
    assertThat(r.sources()).containsExactly("a", "b", "x");
    assertThat(r.errors()).extracting(ProcessingError::severity).containsOnly("note");
    assertThat(r.errors()).extracting(ProcessingError::what).containsExactlyInAnyOrder(
        "field 'title' is not a plain value: ignored", "publication date 'someday' not understood: ignored");
  }

  @Test
  void jsonLinesWithABrokenLineKeepTheOthers() throws IOException {
    String lines = "{\"id\": \"one\", \"maintext\": \"Officials said 41 people were hurt in the flood on Monday.\"}\n"
        + "{broken\n"
        + "\n"
        + "[1, 2]\n"
        + "{\"id\": \"two\", \"maintext\": null}\n"
        + "{\"id\": \"three\", \"maintext\": \"Officials said 44 people were hurt in the flood on Monday.\"}\r\n";
    Checked r = check("feed.jsonl", lines.getBytes(StandardCharsets.UTF_8));
    assertThat(r.sources()).containsExactly("a", "b", "one", "three");
    assertThat(r.errors()).extracting(ProcessingError::source, ProcessingError::where).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("feed-2", "feed.jsonl:2"),
        org.assertj.core.groups.Tuple.tuple("feed-4", "feed.jsonl:4"),
        org.assertj.core.groups.Tuple.tuple("two", "feed.jsonl:5"));
  }

  @Test
  void jsonLinesInLatin1WithAByteOrderMarkAndCrlf() throws IOException {
    byte[] first = ("\uFEFF{\"id\": \"one\", \"maintext\": \"The caf\u00E9 owner said 41 people were hurt in the flood "
        + "on Monday.\"}\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] second = ("{\"id\": \"two\", \"maintext\": \"The caf\u00E9 owner said 43 people were hurt in the flood on "
        + "Monday.\"}\r\n").getBytes(Charset.forName("windows-1252"));
    byte[] both = new byte[first.length + second.length];
    System.arraycopy(first, 0, both, 0, first.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    Checked r = check("feed.jsonl", both);
    assertThat(r.sources()).containsExactly("a", "b", "one", "two");
    assertThat(r.article("one").article().original()).contains("caf\u00E9");
    assertThat(r.article("two").article().original()).contains("caf\u00E9");
    ProcessingError note = r.only();
    assertThat(note.severity()).isEqualTo("note");
    assertThat(note.source()).isEqualTo("two");
    assertThat(note.where()).isEqualTo("feed.jsonl:2");
    assertThat(note.what()).isEqualTo("not valid UTF-8: read as Windows-1252");
  }

  @Test
  void jsonArraysAndConcatenatedObjectsAreReadUpToAnError() throws IOException {
    String array = "[\n {\"id\": \"one\", \"maintext\": \"Officials said 41 people were hurt in the flood.\"},\n"
        + " {\"id\": \"two\", \"maintext\": \"Officials said 43 people were hurt in the flood.\"},\n"
        + " {\"id\": \"three\", \"maintext\": \"Officials said \n";
    Checked r = check("feed.json", array.getBytes(StandardCharsets.UTF_8));
    assertThat(r.sources()).containsExactly("a", "b", "one", "two");
    assertThat(r.only().where()).isEqualTo("feed.json:4");
    String concatenated = "{\"id\": \"one\", \"maintext\": \"Officials said 41 people were hurt in the flood.\"}\n"
        + "{\"id\": \"two\", \"maintext\": \"Officials said 43 people were hurt in the flood.\"}\n";
    Checked both = check("feed.json", concatenated.getBytes(StandardCharsets.UTF_8));
    assertThat(both.errors()).isEmpty();
    assertThat(both.sources()).containsExactly("a", "b", "one", "two");
  }

  @Test
  void nonEnglishArticle() throws IOException {
    String french = "Le maire de la ville a d\u00E9clar\u00E9 lundi que quarante personnes avaient \u00E9t\u00E9 "
        + "bless\u00E9es dans l'incendie qui a ravag\u00E9 le centre commercial. Les pompiers sont intervenus "
        + "rapidement et plus de cinquante personnes ont \u00E9t\u00E9 \u00E9vacu\u00E9es. Une enqu\u00EAte a "
        + "\u00E9t\u00E9 ouverte pour d\u00E9terminer les causes du sinistre.\n";
    assertSkipped(check("fr.txt", french.getBytes(StandardCharsets.UTF_8)), "fr", "not English (detected language: fra)",
        "fr.txt");
  }

  static byte[] randomBytes(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }
}
