package dev.crosscheck.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;

/** One article of a story before it is read: a file, or an object of a JSON or JSONL file. */
public sealed interface SourceInput permits SourceInput.FileSource, SourceInput.JsonSource {
  /** The source id, unique within its story. */
  String sourceId();

  /** The file, relative to the corpus, with a line number for JSONL ("feed.jsonl:12"). */
  String where();

  /** The file, relative to the corpus. */
  String file();

  record FileSource(String sourceId, Path path, String file) implements SourceInput {
    @Override
    public String where() {
      return file;
    }
  }

  /**
   * An object of a JSON or JSONL file, at {@code line} of it (0 for a file of one object), with the
   * notes made while reading it (a text cut to max_article_bytes).
   */
  record JsonSource(String sourceId, JsonNode node, String file, int line, List<String> notes) implements SourceInput {
    public JsonSource {
      notes = List.copyOf(notes);
    }

    JsonSource withId(String id) {
      return new JsonSource(id, node, file, line, notes);
    }

    @Override
    public String where() {
      return line > 0 ? file + ":" + line : file;
    }
  }
}
