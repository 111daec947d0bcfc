package dev.crosscheck.model;

import java.io.Serializable;
import java.util.List;

/**
 * Why a conflict compares two of its evidence sentences: they were taken for one fact. {@code first}
 * and {@code second} index the finding's evidence; {@code similarity} is how alike the two sentences
 * are around their values (0 to 1, content words weighted by rarity and closeness); {@code anchors}
 * are the words their clauses share, a word and the one standing for it joined by "~"
 * ("injure", "riot~violence").
 */
public record Comparison(int first, int second, double similarity, List<String> anchors) implements Serializable {
  public Comparison {
    if (first < 0 || second < 0 || first == second) {
      throw new IllegalArgumentException("a comparison needs two evidence sentences, not " + first + " and " + second);
    }
    anchors = List.copyOf(anchors);
  }
}
