package dev.crosscheck.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.ingest.ByteLines;
import dev.crosscheck.ingest.FeedRules;
import dev.crosscheck.ingest.JsonValues;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
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
 * {@link dev.crosscheck.ingest.CorpusReader} does (same parser limits, line numbers, ids, notes and
 * messages), since each of its objects may name its own story. A JSONL file is streamed line by
 * line. Keys are story ids.
 */
final class SourceReader {
  static final ObjectMapper JSON = FeedRules.mapper();

  private SourceReader() {}

  /** The items of {@code entry}; JSON texts longer than {@code maxTextChars} are cut, with a note. */
  static Iterator<Tuple2<String, Item>> read(FileEntry entry, Configuration conf, int maxTextChars) {
    return switch (entry.kind()) {
      case ARTICLE -> List.of(item(entry.story(),
          SourceRecord.article(FeedRules.stem(fileName(entry)), entry.file(), entry.uri()))).iterator();
      case JSON -> readJson(entry, conf, maxTextChars).iterator();
      case JSONL -> new JsonLines(entry, conf, maxTextChars);
      case OTHER -> List.<Tuple2<String, Item>>of().iterator();
    };
  }

  static InputStream open(String uri, Configuration conf) throws IOException {
    Path path = new Path(URI.create(uri));
    FileSystem fs = path.getFileSystem(conf);
    return fs.open(path);
  }

  /**
   * A .json file: one article object, an array of them, or several top-level values one after the
   * other; every element with the line it starts on; the values before an error are kept
   * (CorpusReader.readJson).
   */
  private static List<Tuple2<String, Item>> readJson(FileEntry entry, Configuration conf, int maxTextChars) {
    List<Tuple2<String, Item>> out = new ArrayList<>();
    String story = entry.story();
    String rel = entry.file();
    String fileId = FeedRules.stem(fileName(entry));
    JsonValues values;
    try (InputStream in = open(entry.uri(), conf)) {
      values = JsonValues.read(in, JSON);
    } catch (IOException e) {
      out.add(error(story, fileId, "cannot read: " + e.getMessage(), rel));
      return out;
    }
    if (values.problem() != null) {
      out.add(error(story, fileId, "not valid JSON: " + values.problem(),
          values.problemLine() > 0 ? rel + ":" + values.problemLine() : rel));
    } else if (values.nodes().isEmpty() && !values.array()) {
      out.add(error(story, fileId, "empty JSON file", rel));
    }
    List<JsonNode> nodes = values.nodes();
    List<Integer> lines = values.lines();
    boolean array = values.array();
    boolean single = !array && nodes.size() == 1;
    for (int i = 0; i < nodes.size(); i++) {
      out.add(object(nodes.get(i), story, rel, single ? 0 : lines.get(i), single ? fileId : null,
          fileId + "-" + (i + 1), List.of(), maxTextChars));
    }
    return out;
  }

  /**
   * One object of a JSON or JSONL file (CorpusReader.addJson): the story its {@code story} field
   * names, else the file's folder; an id from its id field, else the file (a one-object .json), else
   * its outlet, else {@code fallbackId}; its text cut to {@code maxTextChars}, with a note.
   */
  private static Tuple2<String, Item> object(JsonNode node, String story, String file, int line,
      String fileSourceId, String fallbackId, List<String> notes, int maxTextChars) {
    String where = line > 0 ? file + ":" + line : file;
    String defaultId = fileSourceId != null ? fileSourceId : fallbackId;
    if (!node.isObject()) {
      return error(story, defaultId, "not a JSON object but " + FeedRules.typeName(node), where);
    }
    String storyField = FeedRules.story(node);
    String target = storyField.isBlank() ? story : storyField.strip();
    String id = FeedRules.id(node);
    if (id.isBlank()) {
      String outlet = FeedRules.outlet(node);
      id = fileSourceId != null ? fileSourceId : outlet.isBlank() ? fallbackId : outlet;
    }
    List<String> all = new ArrayList<>(notes);
    all.addAll(cutText((ObjectNode) node, maxTextChars));
    try {
      return item(target, SourceRecord.json(safeId(id), file, line, JSON.writeValueAsString(node), all,
          !storyField.isBlank()));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** As CorpusReader.cutText: cuts an over-long text field in place and returns the note. */
  private static List<String> cutText(ObjectNode node, int maxTextChars) {
    String field = FeedRules.textField(node);
    if (field == null || !node.get(field).isTextual() || node.get(field).asText().length() <= maxTextChars) {
      return List.of();
    }
    String text = node.get(field).asText();
    String kept = FeedRules.cut(text, maxTextChars);
    node.put(field, kept);
    return List.of("text has " + text.length() + " characters, more than max_article_bytes (" + maxTextChars
        + "): only its first " + kept.length() + " were read");
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

  /**
   * The objects of a JSONL file, read lazily, line by line as bytes, each line decoded on its own
   * (CorpusReader.readJsonLines).
   */
  private static final class JsonLines implements Iterator<Tuple2<String, Item>> {
    private final FileEntry entry;
    private final String fileId;
    private final int maxTextChars;
    private InputStream in;
    private Tuple2<String, Item> next;
    private int number;
    private boolean done;

    JsonLines(FileEntry entry, Configuration conf, int maxTextChars) {
      this.entry = entry;
      this.fileId = FeedRules.stem(fileName(entry));
      this.maxTextChars = maxTextChars;
      try {
        in = new BufferedInputStream(open(entry.uri(), conf));
      } catch (IOException e) {
        next = error(entry.story(), fileId, "cannot read: " + e.getMessage(), entry.file());
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
      byte[] bytes;
      try {
        bytes = ByteLines.next(in);
      } catch (IOException e) {
        next = error(entry.story(), fileId, "cannot read: " + e.getMessage(), entry.file());
        close();
        return;
      }
      if (bytes == null) {
        close();
        return;
      }
      number++;
      String id = fileId + "-" + number;
      String where = entry.file() + ":" + number;
      FeedRules.Line line = FeedRules.decodeLine(bytes);
      if (line.problem() != null) {
        next = error(entry.story(), id, line.problem(), where);
        return;
      }
      if (line.text().isBlank()) {
        return;
      }
      try {
        next = object(JSON.readTree(line.text()), entry.story(), entry.file(), number, null, id,
            line.note() == null ? List.of() : List.of(line.note()), maxTextChars);
      } catch (JsonProcessingException e) {
        next = error(entry.story(), id, "not valid JSON: " + JsonValues.problem(e), where);
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
