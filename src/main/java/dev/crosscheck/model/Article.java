package dev.crosscheck.model;

import java.util.Objects;

/**
 * One source's article: its story and source ids, the file it came from (relative to the corpus),
 * what is known about it, its original text (authoritative: all offsets point into it) and the
 * cleaned text the analysis reads.
 */
public record Article(String story, String source, String file, ArticleMeta meta, String original, CleanText clean) {
  public Article {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(clean, "clean");
    if (story.isBlank() || source.isBlank()) {
      throw new IllegalArgumentException("article in " + file + " has a blank story or source id");
    }
  }
}
