package dev.crosscheck.model;

import java.util.List;
import java.util.Objects;

/**
 * How a story's articles were put together, when not by the corpus's folders: {@code by} is
 * {@code field} (the articles' {@code story} field), {@code file} (one file of articles without
 * that field) or {@code auto} (clustered by content, with the group's most salient terms, best
 * first, and its cohesion: the mean similarity of its pairs of articles, 0 to 1).
 */
public record StoryGrouping(String by, List<String> terms, double cohesion) {
  public static final StoryGrouping FIELD = new StoryGrouping("field", List.of(), 1);
  public static final StoryGrouping FILE = new StoryGrouping("file", List.of(), 1);

  public StoryGrouping {
    Objects.requireNonNull(by, "by");
    terms = List.copyOf(terms);
    if (cohesion < 0 || cohesion > 1) {
      throw new IllegalArgumentException("cohesion " + cohesion + " is not between 0 and 1");
    }
  }

  public static StoryGrouping auto(List<String> terms, double cohesion) {
    return new StoryGrouping("auto", terms, Math.min(1, Math.max(0, cohesion)));
  }
}
