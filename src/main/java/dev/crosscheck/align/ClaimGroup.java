package dev.crosscheck.align;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Claims of one story, from one or more sources, that speak of the same thing (one slot). The key
 * names the slot's family ("quantity|troop"). A slot is made of consistent clusters (claims that can
 * all be true together); {@code links} pairs the clusters (by index) that contradict each other,
 * each link backed by two claims of different sources alike enough by themselves.
 */
public record ClaimGroup(String key, ValueType type, List<Claim> claims, List<List<Claim>> clusters,
    List<Link> links) {
  /**
   * Two clusters of the slot that contradict each other, the claims of each that were found
   * contradicting a claim of the other directly, and why each contradicting pair was taken for one fact.
   */
  public record Link(int a, int b, List<Claim> fromA, List<Claim> fromB, List<Alignment> basis) {
    public Link {
      fromA = List.copyOf(fromA);
      fromB = List.copyOf(fromB);
      basis = List.copyOf(basis);
    }
  }

  public ClaimGroup {
    claims = List.copyOf(claims);
    clusters = clusters.stream().map(List::copyOf).toList();
    links = List.copyOf(links);
    if (claims.isEmpty()) {
      throw new IllegalArgumentException("empty claim group " + key);
    }
  }

  /** A slot of one consistent cluster. */
  public ClaimGroup(String key, ValueType type, List<Claim> claims) {
    this(key, type, claims, List.of(claims), List.of());
  }

  /** The clusters that take part in a contradiction, in cluster order. */
  public List<List<Claim>> contradicting() {
    java.util.TreeSet<Integer> involved = new java.util.TreeSet<>();
    // clusters that contradict some other cluster
    for (Link l : links) {
      involved.add(l.a());
      involved.add(l.b());
    }
    List<List<Claim>> out = new ArrayList<>();
    for (int i : involved) {
      out.add(clusters.get(i));
    }
    return out;
  }

  /** The sources in this group, sorted. */
  public List<String> sources() {
    return new ArrayList<>(new TreeSet<>(claims.stream().map(Claim::source).toList()));
  }

  /** The claims of each source, sources sorted. */
  public Map<String, List<Claim>> bySource() {
    Map<String, List<Claim>> out = new LinkedHashMap<>();
    for (String s : sources()) {
      out.put(s, new ArrayList<>());
    }
    for (Claim c : claims) {
      out.get(c.source()).add(c);
    }
    return out;
  }
}
