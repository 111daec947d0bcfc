package dev.crosscheck.rules.checks;

import dev.crosscheck.align.ClaimGroup;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.Polarity;
import dev.crosscheck.model.ValueType;
import dev.crosscheck.rules.Check;
import dev.crosscheck.rules.FindingBuilder;
import dev.crosscheck.rules.Param;
import dev.crosscheck.rules.Rule;
import dev.crosscheck.rules.StoryClaims;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One statement asserted by some sources and denied by others ("was arrested", "was not arrested").
 * Only statements of fact take part: "may not be restored" is a possibility, not a denial.
 */
public final class PolarityConflict implements Check {
  @Override
  public String name() {
    return "polarity-conflict";
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }

  @Override
  public Set<ValueType> types() {
    return Set.of(ValueType.STATEMENT);
  }

  @Override
  public List<Param> parameters() {
    return List.of();
  }

  @Override
  public List<Finding> run(Rule rule, StoryClaims story) {
    List<Finding> out = new ArrayList<>();
    for (ClaimGroup g : story.groups(rule)) {
      List<Claim> factual = g.claims().stream().filter(c -> c.modality().isFactual()).toList();
      List<Claim> asserted = factual.stream().filter(c -> c.polarity() == Polarity.ASSERTED).toList();
      List<Claim> negated = factual.stream().filter(c -> c.polarity() == Polarity.NEGATED).toList();
      if (asserted.isEmpty() || negated.isEmpty()) {
        continue;
      }
      Set<String> a = new java.util.TreeSet<>(asserted.stream().map(Claim::source).toList());
      Set<String> n = new java.util.TreeSet<>(negated.stream().map(Claim::source).toList());
      if (a.equals(n) && a.size() == 1) {
        continue;
      }
      // a source that says both is not contradicted by another, unless only one of its two
      // sentences is an end of the contradiction the aligner found: that one is what it reports
      Set<Claim> ends = new java.util.HashSet<>();
      g.links().forEach(l -> {
        ends.addAll(l.fromA());
        ends.addAll(l.fromB());
      });
      Set<String> assertingEnds = sourcesAmong(asserted, ends);
      Set<String> denyingEnds = sourcesAmong(negated, ends);
      List<Claim> onlyAsserted = asserted.stream()
          .filter(c -> !n.contains(c.source()) || ends.contains(c) && !denyingEnds.contains(c.source())).toList();
      List<Claim> onlyNegated = negated.stream()
          .filter(c -> !a.contains(c.source()) || ends.contains(c) && !assertingEnds.contains(c.source())).toList();
      if (onlyAsserted.isEmpty() || onlyNegated.isEmpty()) {
        continue;
      }
      out.add(new FindingBuilder(rule, story)
          .value(onlyAsserted, onlyAsserted.get(0).value().text() + " (asserted)", "asserted")
          .value(onlyNegated, onlyNegated.get(0).value().text() + " (denied)", "negated")
          .build());
    }
    return out;
  }

  private static Set<String> sourcesAmong(List<Claim> claims, Set<Claim> ends) {
    Set<String> out = new java.util.HashSet<>();
    claims.stream().filter(ends::contains).forEach(c -> out.add(c.source()));
    return out;
  }
}
