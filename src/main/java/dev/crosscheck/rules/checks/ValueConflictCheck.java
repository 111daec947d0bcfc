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
 * A conflict between the values of one slot: the group's claims fall into classes of mutually
 * compatible values, and two classes held by different sources contradict each other. Only stated
 * facts take part: denied, requested or hypothetical claims are compared with their like.
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
      List<List<Claim>> classes = classes(rule, claims);
      if (classes.size() < 2 || !acrossSources(classes)) {
        continue;
      }
      FindingBuilder b = new FindingBuilder(rule, story);
      classes.forEach(b::value);
      out.add(b.build());
    }
    return out;
  }

  /** Claims put into classes of values compatible with every member, in order of first appearance. */
  List<List<Claim>> classes(Rule rule, List<Claim> claims) {
    List<List<Claim>> classes = new ArrayList<>();
    for (Claim c : claims) {
      List<Claim> home = null;
      for (List<Claim> cls : classes) {
        if (cls.stream().allMatch(x -> compatible(rule, x, c))) {
          home = cls;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        classes.add(home);
      }
      home.add(c);
    }
    return classes;
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
