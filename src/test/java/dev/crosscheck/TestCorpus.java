package dev.crosscheck;

import dev.crosscheck.ingest.Corpus;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ExtractedStory;
import dev.crosscheck.model.StoryReport;
import dev.crosscheck.rules.RulesSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helper: the bundled rules loaded once, and small stories written to temporary folders. */
public final class TestCorpus {
  private static final Crosscheck SHARED = Crosscheck.load(RulesSource.bundled());

  private TestCorpus() {}

  public static Crosscheck crosscheck() {
    return SHARED;
  }

  /** A story folder named {@code story} with one .txt article per entry (source id to text). */
  public static Path story(String story, Map<String, String> articles) {
    try {
      Path dir = Files.createTempDirectory("crosscheck-test").resolve(story);
      Files.createDirectories(dir);
      for (var e : articles.entrySet()) {
        Files.writeString(dir.resolve(e.getKey() + ".txt"), e.getValue(), StandardCharsets.UTF_8);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sources "a", "b", ... with the given texts. */
  public static Map<String, String> sources(String... texts) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < texts.length; i++) {
      out.put(String.valueOf((char) ('a' + i)), texts[i]);
    }
    return out;
  }

  public static StoryReport check(Map<String, String> articles) {
    Corpus c = SHARED.scan(story("story", articles));
    return SHARED.check(c.stories().get(0));
  }

  public static ExtractedStory extract(Path dir) {
    Corpus c = SHARED.scan(dir);
    return SHARED.extract(c.stories().get(0));
  }

  /** The claims of a one-article story made of {@code text}. */
  public static List<Claim> claims(String text) {
    ExtractedStory s = extract(story("story", Map.of("a", text)));
    if (s.articles().isEmpty()) {
      throw new AssertionError("no article read: " + s.errors());
    }
    return s.articles().get(0).claims();
  }

  public static Path seeds() {
    Path p = Path.of("seeds");
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("run tests from the project root: seeds/ not found");
    }
    return p;
  }
}
