package dev.crosscheck.spark;

import java.util.List;

/**
 * One article of a story before it is read, as {@link dev.crosscheck.ingest.SourceInput} but
 * serializable: an article file ({@code uri} set) or one object of a JSON or JSONL file ({@code json}
 * set, as read, its text cut when too long). {@code file} is relative to the corpus, {@code line} is
 * the line the object starts on (0 for a file of one object), {@code notes} are the notes made
 * reading it, as the command line has them, and {@code storyField} says whether it is a JSON object
 * with a {@code story} field (what {@code --group-by field} groups by).
 */
record SourceRecord(String sourceId, String file, int line, String uri, String json, List<String> notes,
    boolean storyField) implements Item {
  SourceRecord {
    notes = List.copyOf(notes);
  }

  static SourceRecord article(String sourceId, String file, String uri) {
    return new SourceRecord(sourceId, file, 0, uri, null, List.of(), false);
  }

  static SourceRecord json(String sourceId, String file, int line, String json, List<String> notes,
      boolean storyField) {
    return new SourceRecord(sourceId, file, line, null, json, notes, storyField);
  }

  boolean isArticleFile() {
    return uri != null;
  }

  SourceRecord withId(String id) {
    return new SourceRecord(id, file, line, uri, json, notes, storyField);
  }
}
