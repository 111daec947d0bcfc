package dev.crosscheck.spark;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.ingest.SourceInput;
import dev.crosscheck.ingest.StoryInput;
import dev.crosscheck.model.ProcessingError;
import dev.crosscheck.model.StoryGrouping;
import dev.crosscheck.model.StoryReport;
import dev.crosscheck.report.CheckReport;
import dev.crosscheck.report.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * Runs one story on an executor: puts its articles in the order and with the ids the command line
 * gives them, runs extraction, alignment and rules with this JVM's engine, and writes the story's
 * JSON object of {@code crosscheck check} on one line, with what the gate needs of it.
 */
final class StoryRunner {
  private static final Comparator<SourceRecord> ORDER = Comparator.comparing(SourceRecord::sourceId)
      .thenComparing(SourceRecord::file).thenComparingInt(SourceRecord::line);

  private StoryRunner() {}

  /** A folder story ({@code --group-by folder}): its articles and the problems met reading the corpus for it. */
  static StoryResult folder(String story, Iterable<Item> items, String rulesDir, Gating gating, Configuration conf) {
    List<SourceRecord> sources = new ArrayList<>();
    List<ErrorRecord> problems = new ArrayList<>();
    for (Item item : items) {
      if (item instanceof SourceRecord s) {
        sources.add(s);
      } else if (item instanceof ErrorRecord e) {
        problems.add(e);
      } else {
        throw new IllegalArgumentException("not a folder story's item: " + item);
      }
    }
    if (sources.isEmpty()) {
      return StoryResult.problems(story, problems);
    }
    StoryResult checked = check(story, uniqueIds(sources), null, rulesDir, gating, conf);
    List<ErrorRecord> errors = new ArrayList<>(problems);
    errors.addAll(checked.errors());
    return new StoryResult(story, checked.json(), checked.counts().plus(Counts.of(null, problems)), errors,
        checked.gate());
  }

  /**
   * Checks a story whose sources are in order, with unique ids; {@code grouping} is how they were
   * put together (null: by folder), {@code gating} what the gate needs of it.
   */
  static StoryResult check(String story, List<SourceRecord> sources, StoryGrouping grouping, String rulesDir,
      Gating gating, Configuration conf) {
    List<ErrorRecord> errors = new ArrayList<>();
    Path copies = null;
    try {
      List<SourceInput> inputs = new ArrayList<>();
      for (SourceRecord s : sources) {
        if (s.isArticleFile()) {
          Path local = localFile(s.uri());
          if (local == null) {
            try {
              copies = copies != null ? copies : Files.createTempDirectory("crosscheck-spark");
              local = copy(s.uri(), copies.resolve(String.valueOf(inputs.size())), conf);
            } catch (IOException e) {
              // as ArticleLoader reports a file it cannot read
              errors.add(new ErrorRecord(story, s.sourceId(), "cannot read file: " + e.getMessage(), s.file(),
                  "error"));
              continue;
            }
          }
          inputs.add(new SourceInput.FileSource(s.sourceId(), local, s.file()));
        } else {
          inputs.add(new SourceInput.JsonSource(s.sourceId(), SourceReader.JSON.readTree(s.json()), s.file(), s.line(),
              s.notes()));
        }
      }
      Crosscheck engine = Engines.get(rulesDir);
      StoryReport report = engine.check(new StoryInput(story, inputs));
      if (grouping != null) {
        report = report.withGrouping(grouping);
      }
      for (ProcessingError e : report.errors()) {
        errors.add(ErrorRecord.of(e));
      }
      return new StoryResult(story, Json.line(CheckReport.story(report)), Counts.of(report, errors), errors,
          gating.of(report));
    } catch (IOException e) {
      throw new UncheckedIOException("story " + story + ": " + e.getMessage(), e);
    } finally {
      delete(copies);
    }
  }

  /**
   * Sorts a story's sources by id, file and line and makes ids unique ("x", "x-2", ...), as
   * CorpusReader does once it has all of a story's sources.
   */
  static List<SourceRecord> uniqueIds(List<SourceRecord> sources) {
    List<SourceRecord> ordered = new ArrayList<>(sources);
    ordered.sort(ORDER);
    Map<String, Integer> used = new LinkedHashMap<>();
    List<SourceRecord> out = new ArrayList<>();
    for (SourceRecord s : ordered) {
      int n = used.merge(s.sourceId(), 1, Integer::sum);
      out.add(n == 1 ? s : s.withId(s.sourceId() + "-" + n));
    }
    return out;
  }

  /** The local path of a file: URI, or null for other file systems. */
  private static Path localFile(String uri) {
    URI u = URI.create(uri);
    return "file".equals(u.getScheme()) ? Paths.get(u) : null;
  }

  /** Copies a file of another file system under {@code dir}, keeping its name (its extension picks the parser). */
  private static Path copy(String uri, Path dir, Configuration conf) throws IOException {
    Files.createDirectories(dir);
    String path = URI.create(uri).getPath();
    Path target = dir.resolve(path.substring(path.lastIndexOf('/') + 1));
    try (InputStream in = SourceReader.open(uri, conf)) {
      Files.copy(in, target);
    }
    return target;
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // temporary copies; the JVM's temporary directory is cleaned with the executor
    }
  }
}
