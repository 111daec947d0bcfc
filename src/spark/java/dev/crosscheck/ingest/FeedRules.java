package dev.crosscheck.ingest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The corpus rules of {@link CorpusReader} and {@link JsonFields} that the Spark job needs to read a
 * corpus the same way, without copying them: file kinds by extension, stems, and the JSON fields
 * that name an article's story, id and outlet. Built only with the Spark job (src/spark/java).
 */
public final class FeedRules {
  /** How a file of a corpus is read. */
  public enum Kind {
    /** .txt, .md, .html and the like: one article, read story by story. */
    ARTICLE,
    /** .json: one article object, or an array of them. */
    JSON,
    /** .jsonl: one article object per line. */
    JSONL,
    /** anything else: not read. */
    OTHER
  }

  private FeedRules() {}

  public static Kind kind(String fileName) {
    String ext = CorpusReader.extension(fileName);
    if (CorpusReader.TEXT_EXTENSIONS.contains(ext) || CorpusReader.HTML_EXTENSIONS.contains(ext)) {
      return Kind.ARTICLE;
    }
    if (CorpusReader.JSON_EXTENSIONS.contains(ext)) {
      return Kind.JSON;
    }
    if (CorpusReader.JSONL_EXTENSIONS.contains(ext)) {
      return Kind.JSONL;
    }
    return Kind.OTHER;
  }

  public static String stem(String fileName) {
    return CorpusReader.stem(fileName);
  }

  /** The story field of a JSON article ({@code story}, {@code story_id}, ...), or "". */
  public static String story(JsonNode node) {
    return JsonFields.text(node, JsonFields.STORY);
  }

  /** The id field of a JSON article ({@code id}, {@code source_id}, ...), or "". */
  public static String id(JsonNode node) {
    return JsonFields.text(node, JsonFields.ID);
  }

  /** The outlet of a JSON article ({@code source_domain}, {@code source}, ...), or "". */
  public static String outlet(JsonNode node) {
    return JsonFields.text(node, JsonFields.OUTLET);
  }
}
