package dev.crosscheck.group;

import java.util.List;

/**
 * A story found by automatic grouping: its id, its members (indexes into the items given to
 * {@link StoryClusterer#cluster}, in key order), its most salient terms (best first) and its
 * cohesion, the mean similarity of its pairs of members (1 for a single article).
 */
public record Cluster(String id, List<Integer> members, List<String> terms, double cohesion) {
  public Cluster {
    members = List.copyOf(members);
    terms = List.copyOf(terms);
  }
}
