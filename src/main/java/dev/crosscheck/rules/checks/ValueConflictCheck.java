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
 * A conflict between two clusters of one slot the aligner found contradicting each other: the claims
 * of each side, from different sources, whose values cannot both be true under this rule. Each
 * contradicting pair of clusters is a finding of its own, listing each side's values with the
 * sources giving them; values that fit all ("yesterday" beside two dates) are left out. Only stated facts take part: denied,
 * requested or hypothetical claims are compared with their like.
 */
abstract class ValueConflictCheck implements Check {
  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }

  /** Whether the two values can both be true under the rule's parameters. */
  abstract boolean compatible(Rule rule, Claim a, Claim b);

  /** Whether a claim takes part at all (a bare weekday without a date may not, say). */
  boolean comparable(Rule rule, Claim c) {
    return true;
  }

  @Override
  public List<Finding> run(Rule rule, StoryClaims story) {
    List<Finding> out = new ArrayList<>();
    for (ClaimGroup g : story.groups(rule)) {
      java.util.Set<List<String>> seen = new java.util.HashSet<>();
      for (ClaimGroup.Link link : g.links()) {
        List<Claim> a = stated(rule, g.clusters().get(link.a()));
        List<Claim> b = stated(rule, g.clusters().get(link.b()));
        java.util.LinkedHashSet<Claim> sideA = new java.util.LinkedHashSet<>();
        java.util.LinkedHashSet<Claim> sideB = new java.util.LinkedHashSet<>();
        for (Claim x : a) {
          for (Claim y : b) {
            if (!x.source().equals(y.source()) && !compatible(rule, x, y)) {
              sideA.add(x);
              sideB.add(y);
            }
          }
        }
        if (sideA.isEmpty()) {
          continue;
        }
        List<List<Claim>> classes = new ArrayList<>(byValue(new ArrayList<>(sideA)));
        classes.addAll(byValue(new ArrayList<>(sideB)));
        List<String> key = classes.stream().map(c -> c.get(0).value().normalized() + "@" + sources(c)).sorted().toList();
        if (!acrossSources(classes) || !seen.add(key)) {
          continue;
        }
        FindingBuilder builder = new FindingBuilder(rule, story);
        classes.forEach(builder::value);
        out.add(builder.build());
      }
    }
    return out;
  }

  private static String sources(List<Claim> claims) {
    return String.join(",", new java.util.TreeSet<>(claims.stream().map(Claim::source).toList()));
  }

  private List<Claim> stated(Rule rule, List<Claim> cluster) {
    return cluster.stream()
        .filter(c -> c.polarity() == Polarity.ASSERTED && c.modality().isFactual() && comparable(rule, c))
        .toList();
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
