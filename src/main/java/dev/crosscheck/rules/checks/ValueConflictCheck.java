package dev.crosscheck.rules.checks;

import dev.crosscheck.align.ClaimGroup;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.Polarity;
import dev.crosscheck.rules.Check;
import dev.crosscheck.rules.FindingBuilder;
import dev.crosscheck.rules.Rule;
import dev.crosscheck.rules.StoryClaims;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A conflict in one slot: the claims the aligner found contradicting a claim of another source
 * directly, with the claims of their clusters that give the same values. The finding lists each
 * value with the sources giving it. A source found on both sides of one contradiction gives both
 * values itself and is left out of it (it tells of two things); values that fit all ("yesterday"
 * beside two dates) never enter. Only stated facts take part: denied,
 * requested or hypothetical claims are compared with their like.
 */
abstract class ValueConflictCheck implements Check {
  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }

  /** Whether the two values can both be true under the rule's parameters. */
  abstract boolean compatible(Rule rule, Claim a, Claim b);

  /** Whether two values that cannot both be true of one fact are plainly of two facts (minutes and years). */
  boolean twoFacts(Rule rule, Claim a, Claim b) {
    return false;
  }

  /** Whether values of this kind can be updated between reports (a count that grows), not times or places. */
  boolean reportsUpdates() {
    return false;
  }

  /**
   * Two values whose sources all have publication dates, every source of one published on an earlier
   * day than every source of the other: the two, earlier first; else null.
   */
  static List<List<Claim>> inPublicationOrder(List<List<Claim>> classes, StoryClaims story) {
    if (classes.size() != 2) {
      return null;
    }
    java.time.LocalDate[] first = span(classes.get(0), story);
    java.time.LocalDate[] second = span(classes.get(1), story);
    if (first == null || second == null) {
      return null;
    }
    if (first[1].isBefore(second[0])) {
      return classes;
    }
    return second[1].isBefore(first[0]) ? List.of(classes.get(1), classes.get(0)) : null;
  }

  /** The earliest and latest publication day of the claims' sources, or null when one is unknown. */
  private static java.time.LocalDate[] span(List<Claim> claims, StoryClaims story) {
    java.time.LocalDate min = null;
    java.time.LocalDate max = null;
    for (Claim c : claims) {
      java.time.LocalDate d = story.published().get(c.source());
      if (d == null) {
        return null;
      }
      min = min == null || d.isBefore(min) ? d : min;
      max = max == null || d.isAfter(max) ? d : max;
    }
    return new java.time.LocalDate[] {min, max};
  }

  /** Whether a claim takes part at all (a bare weekday without a date may not, say). */
  boolean comparable(Rule rule, Claim c) {
    return true;
  }

  @Override
  public List<Finding> run(Rule rule, StoryClaims story) {
    List<Finding> out = new ArrayList<>();
    for (ClaimGroup g : story.groups(rule)) {
      // one finding for each set of clusters that all contradict one another directly (three figures
      // of one toll, each against the two others); a chain (a against b, b against c) is two findings
      java.util.Set<Long> linked = new java.util.HashSet<>();
      for (ClaimGroup.Link link : g.links()) {
        linked.add(pairKey(link.a(), link.b()));
      }
      List<java.util.Set<Integer>> cliques = new ArrayList<>();
      List<java.util.Set<Claim>> merged = new ArrayList<>();
      List<List<dev.crosscheck.align.Alignment>> basis = new ArrayList<>();
      for (ClaimGroup.Link link : g.links()) {
        java.util.Set<Claim> involved = involved(rule, g, link);
        if (involved.isEmpty()) {
          continue;
        }
        int into = -1;
        for (int k = 0; k < cliques.size() && into < 0; k++) {
          java.util.Set<Integer> c = cliques.get(k);
          if (c.contains(link.a()) && allLinked(link.b(), c, linked)
              || c.contains(link.b()) && allLinked(link.a(), c, linked)) {
            into = k;
          }
        }
        if (into < 0) {
          cliques.add(new java.util.HashSet<>(List.of(link.a(), link.b())));
          merged.add(new java.util.HashSet<>(involved));
          basis.add(new ArrayList<>(link.basis()));
        } else {
          cliques.get(into).add(link.a());
          cliques.get(into).add(link.b());
          merged.get(into).addAll(involved);
          basis.get(into).addAll(link.basis());
        }
      }
      for (int k = 0; k < merged.size(); k++) {
        java.util.Set<Claim> involved = merged.get(k);
        List<List<Claim>> classes = byValue(g.claims().stream().filter(involved::contains).toList());
        if (classes.size() < 2 || !acrossSources(classes) || !anyContradiction(rule, classes)
            || givenTogether(classes)) {
          continue;
        }
        FindingBuilder builder = new FindingBuilder(rule, story).basis(basis.get(k));
        List<List<Claim>> inTime = reportsUpdates() ? inPublicationOrder(classes, story) : null;
        if (inTime != null) {
          builder.update();
          classes = inTime;
        }
        classes.forEach(builder::value);
        out.add(builder.build());
      }
    }
    return out;
  }

  /**
   * A source gives the values of two sides itself: to it they are two facts (a season's and a career's
   * yards, two quakes' depths, two models' prices), so the sources giving one each do not disagree.
   */
  private static boolean givenTogether(List<List<Claim>> classes) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (List<Claim> c : classes) {
      java.util.Set<String> here = new java.util.HashSet<>();
      c.forEach(x -> here.add(x.source()));
      for (String s : here) {
        if (!seen.add(s)) {
          return true;
        }
      }
    }
    return false;
  }

  private static long pairKey(int a, int b) {
    return (long) Math.min(a, b) << 32 | Math.max(a, b);
  }

  /** Cluster {@code c} contradicts every cluster of {@code clique} directly (or is one of them). */
  private static boolean allLinked(int c, java.util.Set<Integer> clique, java.util.Set<Long> linked) {
    for (int other : clique) {
      if (other != c && !linked.contains(pairKey(c, other))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The claims of one contradiction: those of each side that contradict a claim of the other, with
   * the claims of their clusters that give the same values, less the sources found on both sides.
   */
  private java.util.Set<Claim> involved(Rule rule, ClaimGroup g, ClaimGroup.Link link) {
    List<Claim> a = sameValues(stated(rule, g.clusters().get(link.a())), link.fromA());
    List<Claim> b = sameValues(stated(rule, g.clusters().get(link.b())), link.fromB());
    java.util.LinkedHashSet<Claim> sideA = new java.util.LinkedHashSet<>();
    java.util.LinkedHashSet<Claim> sideB = new java.util.LinkedHashSet<>();
    for (Claim x : a) {
      for (Claim y : b) {
        if (!x.source().equals(y.source()) && !compatible(rule, x, y) && !twoFacts(rule, x, y)) {
          sideA.add(x);
          sideB.add(y);
        }
      }
    }
    // a source on both sides gives both values itself: it tells of two things, contradicting no one
    java.util.Set<String> both = new java.util.HashSet<>();
    sideA.forEach(c -> both.add(c.source()));
    java.util.Set<String> inB = new java.util.HashSet<>();
    sideB.forEach(c -> inB.add(c.source()));
    both.retainAll(inB);
    // unless one of its two values is itself an end of the contradiction and the other is not,
    // and in another sentence: then that sentence agrees with the other side, and the end is what
    // it reports ("2002 and 2003" in one sentence are two things)
    Set<Claim> endsA = new HashSet<>(link.fromA());
    Set<Claim> endsB = new HashSet<>(link.fromB());
    Set<String> keepA = soleEnds(sideA, endsA, sideB, endsB);
    Set<String> keepB = soleEnds(sideB, endsB, sideA, endsA);
    sideA.removeIf(c -> both.contains(c.source()) && !(keepA.contains(c.source()) && endsA.contains(c)));
    sideB.removeIf(c -> both.contains(c.source()) && !(keepB.contains(c.source()) && endsB.contains(c)));
    java.util.Set<Claim> out = new java.util.HashSet<>();
    if (!sideA.isEmpty() && !sideB.isEmpty()) {
      out.addAll(sideA);
      out.addAll(sideB);
    }
    return out;
  }

  /**
   * Sources with an end of the contradiction on this side, none on the other, and no claim of the
   * other side in the sentence of that end.
   */
  private static Set<String> soleEnds(Set<Claim> side, Set<Claim> ends, Set<Claim> other, Set<Claim> otherEnds) {
    Set<String> out = new HashSet<>();
    side.stream().filter(ends::contains).forEach(c -> out.add(c.source()));
    other.stream().filter(otherEnds::contains).forEach(c -> out.remove(c.source()));
    for (Claim end : side) {
      if (ends.contains(end)) {
        other.stream().filter(c -> c.source().equals(end.source()) && c.sentence() == end.sentence())
            .forEach(c -> out.remove(c.source()));
      }
    }
    return out;
  }

  private boolean anyContradiction(Rule rule, List<List<Claim>> classes) {
    for (List<Claim> a : classes) {
      for (List<Claim> b : classes) {
        if (a != b && !compatible(rule, a.get(0), b.get(0))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The claims of a cluster with a value one of the directly contradicting claims has. */
  private static List<Claim> sameValues(List<Claim> cluster, List<Claim> ends) {
    java.util.Set<String> values = new java.util.HashSet<>();
    ends.forEach(c -> values.add(c.value().normalized()));
    return cluster.stream().filter(c -> values.contains(c.value().normalized())).toList();
  }


  /** Asserted claims; their modality matches their cluster's (requested with requested...) by alignment. */
  private List<Claim> stated(Rule rule, List<Claim> cluster) {
    return cluster.stream().filter(c -> c.polarity() == Polarity.ASSERTED && comparable(rule, c)).toList();
  }

  /** Claims by normalised value, in order of first appearance. */
  static List<List<Claim>> byValue(List<Claim> claims) {
    java.util.Map<String, List<Claim>> out = new java.util.LinkedHashMap<>();
    for (Claim c : claims) {
      out.computeIfAbsent(c.value().normalized(), k -> new ArrayList<>()).add(c);
    }
    return new ArrayList<>(out.values());
  }

  /** At least two classes whose sources are not the same single source. */
  private static boolean acrossSources(List<List<Claim>> classes) {
    Set<String> all = new HashSet<>();
    for (List<Claim> cls : classes) {
      cls.forEach(c -> all.add(c.source()));
    }
    return all.size() >= 2;
  }
}
