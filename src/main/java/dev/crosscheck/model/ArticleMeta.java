package dev.crosscheck.model;

import java.time.LocalDate;

/**
 * What is known about an article besides its text. Every field may be empty; {@code published} is
 * the publication date as written and {@code publishedDate} its parsed day, or null when unknown.
 */
public record ArticleMeta(String title, String outlet, String url, String published, LocalDate publishedDate) {
  public static final ArticleMeta EMPTY = new ArticleMeta("", "", "", "", null);

  public ArticleMeta {
    title = title == null ? "" : title.strip();
    outlet = outlet == null ? "" : outlet.strip();
    url = url == null ? "" : url.strip();
    published = published == null ? "" : published.strip();
  }

  public ArticleMeta withTitle(String newTitle) {
    return new ArticleMeta(newTitle, outlet, url, published, publishedDate);
  }
}
