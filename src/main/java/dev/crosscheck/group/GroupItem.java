package dev.crosscheck.group;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article offered to automatic grouping: a key that names it uniquely and orders it (its file
 * relative to the corpus, with the line of a JSONL feed), its clean text, title and URL, and its
 * publication date or null.
 */
public record GroupItem(String key, String text, String title, String url, LocalDate published) {
  public GroupItem {
    Objects.requireNonNull(key, "key");
    text = text == null ? "" : text;
    title = title == null ? "" : title;
    url = url == null ? "" : url;
  }
}
