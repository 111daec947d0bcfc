package dev.crosscheck.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.model.ArticleMeta;
import java.util.Locale;

/** The field names news crawlers write (news-please, newspaper, GDELT), read into {@link ArticleMeta}. */
final class JsonFields {
  static final String[] TEXT = {"maintext", "text", "content", "body", "article"};
  static final String[] TITLE = {"title", "headline"};
  static final String[] PUBLISHED = {"date_publish", "published", "date", "publishedAt", "published_at", "pubdate"};
  static final String[] OUTLET = {"source_domain", "source", "outlet", "publisher", "site_name", "domain"};
  static final String[] URL = {"url", "link", "canonical_url"};
  static final String[] STORY = {"story", "story_id", "event", "cluster"};
  static final String[] ID = {"id", "source_id", "article_id"};

  private JsonFields() {}

  static ArticleMeta meta(JsonNode node) {
    String published = text(node, PUBLISHED);
    return new ArticleMeta(text(node, TITLE), text(node, OUTLET), text(node, URL), published,
        Dates.parseDay(published).orElse(null));
  }

  /** The first of {@code names} present as a scalar; nested objects such as {"source": {"name": ..}} give their name. */
  static String text(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        continue;
      }
      if (v.isValueNode()) {
        String s = v.asText();
        if (!s.isBlank()) {
          return s;
        }
      } else if (v.isObject() && v.path("name").isTextual()) {
        return v.path("name").asText();
      }
    }
    return "";
  }

  /** The first of {@code names} present, even if it is not a string, or null. */
  static JsonNode first(JsonNode node, String... names) {
    String name = firstPresent(node, names);
    return name == null ? null : node.get(name);
  }

  /** The name of the first of {@code names} present and not null, or null. */
  static String firstPresent(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode v = node.get(name);
      if (v != null && !v.isNull()) {
        return name;
      }
    }
    return null;
  }

  /** "a number", "an array", ... for messages. */
  static String typeName(JsonNode node) {
    String type = node.getNodeType().name().toLowerCase(Locale.ROOT);
    return (type.startsWith("a") || type.startsWith("o") ? "an " : "a ") + type;
  }
}
