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
 * A conflict between the values of one slot: values held by different sources that cannot both be
 * true. The finding lists each contradicting value with its sources; values that fit every other
 * ("yesterday" beside two dates) are left out. Only stated facts take part: denied, requested or
 * hypothetical claims are compared with their like.
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
      List<Claim> claims = g.claims().stream()
          .filter(c -> c.polarity() == Polarity.ASSERTED && c.modality().isFactual() && comparable(rule, c))
          .toList();
      if (claims.size() < 2) {
        continue;
      }
      List<List<Claim>> classes = contradicting(rule, byValue(claims));
      if (classes.size() < 2 || !acrossSources(classes)) {
        continue;
      }
      FindingBuilder b = new FindingBuilder(rule, story);
      classes.forEach(b::value);
      out.add(b.build());
    }
    return out;
  }

  /** Claims by normalised value, in order of first appearance. */
  static List<List<Claim>> byValue(List<Claim> claims) {
    java.util.Map<String, List<Claim>> out = new java.util.LinkedHashMap<>();
    for (Claim c : claims) {
      out.computeIfAbsent(c.value().normalized(), k -> new ArrayList<>()).add(c);
    }
    return new ArrayList<>(out.values());
  }

  /** The values that contradict at least one other value of the slot; values that fit all are left out. */
  List<List<Claim>> contradicting(Rule rule, List<List<Claim>> values) {
    List<List<Claim>> out = new ArrayList<>();
    for (List<Claim> v : values) {
      for (List<Claim> w : values) {
        if (v != w && !compatible(rule, v.get(0), w.get(0))) {
          out.add(v);
          break;
        }
      }
    }
    return out;
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
