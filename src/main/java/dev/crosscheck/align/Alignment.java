package dev.crosscheck.align;

import dev.crosscheck.model.Claim;
import java.util.List;
import java.util.Objects;

/**
 * Why two claims of different sources were compared as one fact: the similarity of their sentences
 * (0 to 1, content words weighted by rarity and closeness to the value) and the anchors their clauses
 * share ("injure", "riot~violence": a word and the word standing for it in the other claim).
 */
public record Alignment(Claim a, Claim b, double similarity, List<String> anchors) {
  public Alignment {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    anchors = List.copyOf(anchors);
  }
}
