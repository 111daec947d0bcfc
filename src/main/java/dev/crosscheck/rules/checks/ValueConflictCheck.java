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
 * A conflict between the values of one slot: in clusters the aligner found contradicting each
 * other, the claims of different sources whose values cannot both be true under this rule. The
 * finding lists each such value with the sources giving it; values that fit all ("yesterday" beside
 * two dates) are left out. Only stated facts take part: denied,
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
      java.util.LinkedHashSet<Claim> involved = new java.util.LinkedHashSet<>();
      for (ClaimGroup.Link link : g.links()) {
        List<Claim> a = stated(rule, g.clusters().get(link.a()));
        List<Claim> b = stated(rule, g.clusters().get(link.b()));
        for (Claim x : a) {
          for (Claim y : b) {
            if (!x.source().equals(y.source()) && !compatible(rule, x, y)) {
              involved.add(x);
              involved.add(y);
            }
          }
        }
      }
      List<Claim> ordered = g.claims().stream().filter(involved::contains).toList();
      List<List<Claim>> classes = byValue(ordered);
      if (classes.size() < 2 || !acrossSources(classes)) {
        continue;
      }
      FindingBuilder b = new FindingBuilder(rule, story);
      classes.forEach(b::value);
      out.add(b.build());
    }
    return out;
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
