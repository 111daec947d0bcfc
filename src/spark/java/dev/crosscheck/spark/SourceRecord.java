package dev.crosscheck.spark;

/**
 * One article of a story before it is read, as {@link dev.crosscheck.ingest.SourceInput} but
 * serializable: an article file ({@code uri} set) or one object of a JSON or JSONL file ({@code json}
 * set, its text as found). {@code file} is relative to the corpus and {@code line} is the JSONL line
 * or JSON array position (0 for a whole file), as the command line names them.
 */
record SourceRecord(String sourceId, String file, int line, String uri, String json) implements Item {
  static SourceRecord article(String sourceId, String file, String uri) {
    return new SourceRecord(sourceId, file, 0, uri, null);
  }

  static SourceRecord json(String sourceId, String file, int line, String json) {
    return new SourceRecord(sourceId, file, line, null, json);
  }

  boolean isArticleFile() {
    return uri != null;
  }

  SourceRecord withId(String id) {
    return new SourceRecord(id, file, line, uri, json);
  }
}
