package dev.crosscheck.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.ingest.FeedRules;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import scala.Tuple2;

/**
 * Turns a listed file into the items of the stories it feeds, on an executor: an article file is one
 * article of its folder's story (read later, with its story); a JSON or JSONL file is parsed here, as
 * {@link dev.crosscheck.ingest.CorpusReader} does, since each of its objects may name its own story.
 * A JSONL file is streamed line by line. Keys are story ids.
 */
final class SourceReader {
  /** Configured as CorpusReader's, so that parsing and its messages are the same. */
  private static final ObjectMapper JSON = new ObjectMapper();

  private SourceReader() {}

  static Iterator<Tuple2<String, Item>> read(FileEntry entry, Configuration conf) {
    return switch (entry.kind()) {
      case ARTICLE -> List.of(item(entry.story(),
          SourceRecord.article(FeedRules.stem(fileName(entry)), entry.file(), entry.uri()))).iterator();
      case JSON -> readJson(entry, conf).iterator();
      case JSONL -> new JsonLines(entry, conf);
      case OTHER -> List.<Tuple2<String, Item>>of().iterator();
    };
  }

  static InputStream open(String uri, Configuration conf) throws IOException {
    Path path = new Path(URI.create(uri));
    return path.getFileSystem(conf).open(path);
  }

  private static List<Tuple2<String, Item>> readJson(FileEntry entry, Configuration conf) {
    List<Tuple2<String, Item>> out = new ArrayList<>();
    String story = entry.story();
    String rel = entry.file();
    String stem = FeedRules.stem(fileName(entry));
    JsonNode node;
    try (InputStream in = open(entry.uri(), conf)) {
      node = JSON.readTree(in.readAllBytes());
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      out.add(error(story, stem, "not valid JSON: " + e.getOriginalMessage(), line > 0 ? rel + ":" + line : rel));
      return out;
    } catch (IOException e) {
      out.add(error(story, stem, "cannot read: " + e.getMessage(), rel));
      return out;
    }
    if (node == null || node.isMissingNode()) {
      out.add(error(story, stem, "empty JSON file", rel));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.add(object(node.get(i), null, story, rel, i + 1, null));
      }
    } else {
      out.add(object(node, null, story, rel, 0, stem));
    }
    return out;
  }

  /**
   * One object of a JSON or JSONL file, as CorpusReader.addJson: the story its {@code story} field
   * names (else the file's folder) and an id from its id field, else the file (a one-object .json),
   * else its outlet, else "file-line". {@code text} is the object's own text, when read from a line.
   */
  private static Tuple2<String, Item> object(JsonNode node, String text, String story, String file, int line,
      String fileSourceId) {
    String where = line > 0 ? file + ":" + line : file;
    String fallbackId = fileSourceId != null ? fileSourceId
        : FeedRules.stem(file.substring(file.lastIndexOf('/') + 1)) + "-" + line;
    if (!node.isObject()) {
      return error(story, fallbackId, "not a JSON object", where);
    }
    String storyField = FeedRules.story(node);
    String target = storyField.isBlank() ? story : storyField.strip();
    String id = FeedRules.id(node);
    if (id.isBlank()) {
      String outlet = FeedRules.outlet(node);
      id = fileSourceId != null ? fileSourceId : outlet.isBlank() ? fallbackId : outlet;
    }
    String json;
    try {
      json = text != null ? text : JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    return item(target, SourceRecord.json(safeId(id), file, line, json));
  }

  /** As CorpusReader.safeId. */
  static String safeId(String id) {
    String cleaned = id.strip().replaceAll("[\\s/\\\\]+", "_");
    return cleaned.isEmpty() ? "source" : cleaned;
  }

  private static String fileName(FileEntry entry) {
    return entry.file().substring(entry.file().lastIndexOf('/') + 1);
  }

  private static Tuple2<String, Item> item(String story, Item item) {
    return new Tuple2<>(story, item);
  }

  private static Tuple2<String, Item> error(String story, String source, String what, String where) {
    return item(story, new ErrorRecord(story, source, what, where, "error"));
  }

  /** The objects of a JSONL file, read lazily, line by line, as CorpusReader.readJsonLines. */
  private static final class JsonLines implements Iterator<Tuple2<String, Item>> {
    private final FileEntry entry;
    private final String stem;
    private BufferedReader in;
    private Tuple2<String, Item> next;
    private int number;
    private boolean done;

    JsonLines(FileEntry entry, Configuration conf) {
      this.entry = entry;
      this.stem = FeedRules.stem(fileName(entry));
      try {
        in = new BufferedReader(new InputStreamReader(open(entry.uri(), conf), StandardCharsets.UTF_8));
      } catch (IOException e) {
        next = error(entry.story(), stem, "cannot read: " + e.getMessage(), entry.file());
        done = true;
      }
    }

    @Override
    public boolean hasNext() {
      while (next == null && !done) {
        advance();
      }
      return next != null;
    }

    @Override
    public Tuple2<String, Item> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Tuple2<String, Item> out = next;
      next = null;
      return out;
    }

    private void advance() {
      String line;
      try {
        line = in.readLine();
      } catch (IOException e) {
        next = error(entry.story(), stem, "cannot read: " + e.getMessage(), entry.file());
        close();
        return;
      }
      if (line == null) {
        close();
        return;
      }
      number++;
      if (line.isBlank()) {
        return;
      }
      try {
        next = object(JSON.readTree(line), line, entry.story(), entry.file(), number, null);
      } catch (JsonProcessingException e) {
        next = error(entry.story(), stem + "-" + number, "not valid JSON: " + e.getOriginalMessage(),
            entry.file() + ":" + number);
      }
    }

    private void close() {
      done = true;
      try {
        in.close();
      } catch (IOException e) {
        // read to the end already; nothing is lost
      }
    }
  }
}
