package dev.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The corpus rules of {@link CorpusReader}, {@link JsonFields}, {@link TextDecoder} and
 * {@link ArticleCut} that the Spark job needs to read a corpus the same way, without copying them:
 * file kinds by extension, stems, the JSON fields that name an article's story, id, outlet and text,
 * the JSON parser's limits, how a JSONL line is decoded and where a long text is cut. Built only
 * with the Spark job (src/spark/java).
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

  /** A decoded JSONL line: its text and a note on its decoding, or why it is not text. */
  public record Line(String text, String note, String problem) {}

  private FeedRules() {}

  /** A JSON mapper with CorpusReader's limits (strings up to {@link CorpusReader#MAX_JSON_STRING}). */
  public static ObjectMapper mapper() {
    return new ObjectMapper(JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(CorpusReader.MAX_JSON_STRING).build())
        .build());
  }

  /** Decodes a JSONL line as CorpusReader does: UTF-8, else Windows-1252 with a note; binary is a problem. */
  public static Line decodeLine(byte[] bytes) {
    try {
      Decoded d = TextDecoder.decode(bytes);
      return new Line(d.text(), d.note().orElse(null), null);
    } catch (InputProblem e) {
      return new Line(null, null, e.getMessage());
    }
  }

  /** "a number", "an array", ... (JsonFields.typeName). */
  public static String typeName(JsonNode node) {
    return JsonFields.typeName(node);
  }

  /** The name of the text field of a JSON article ({@code maintext}, {@code text}, ...), or null. */
  public static String textField(JsonNode node) {
    return JsonFields.firstPresent(node, JsonFields.TEXT);
  }

  /** The first {@code max} characters of {@code text} or fewer, up to a boundary (ArticleCut). */
  public static String cut(String text, int max) {
    return ArticleCut.cut(text, max);
  }

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
