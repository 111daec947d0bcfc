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

/** A slot on which at least {@code min_sources} sources give compatible values. */
public final class Agreement implements Check {
  @Override
  public String name() {
    return "agreement";
  }

  @Override
  public Kind kind() {
    return Kind.AGREEMENT;
  }

  @Override
  public Set<ValueType> types() {
    return Set.of(ValueType.QUANTITY, ValueType.TIME, ValueType.PLACE, ValueType.RANK, ValueType.QUOTE,
        ValueType.PERSON, ValueType.ROLE);
  }

  @Override
  public List<Param> parameters() {
    return List.of(Param.number("min_sources", 2, 1000));
  }

  @Override
  public List<Finding> run(Rule rule, StoryClaims story) {
    int min = (int) rule.number("min_sources", 2);
    List<Finding> out = new ArrayList<>();
    for (ClaimGroup g : story.groups(rule)) {
      List<Claim> claims = g.claims().stream().filter(c -> c.polarity() == Polarity.ASSERTED).toList();
      if (claims.isEmpty() || claims.stream().map(Claim::source).distinct().count() < min || !allCompatible(story,
          claims)) {
        continue;
      }
      FindingBuilder b = new FindingBuilder(rule, story);
      byValue(claims).forEach(b::value);
      out.add(b.build());
    }
    return out;
  }

  /** Claims by distinct normalised value, in order of first appearance. */
  static java.util.Collection<List<Claim>> byValue(List<Claim> claims) {
    java.util.Map<String, List<Claim>> out = new java.util.LinkedHashMap<>();
    for (Claim c : claims) {
      out.computeIfAbsent(c.value().normalized(), k -> new ArrayList<>()).add(c);
    }
    return out.values();
  }

  private static boolean allCompatible(StoryClaims story, List<Claim> claims) {
    for (int i = 0; i < claims.size(); i++) {
      for (int j = i + 1; j < claims.size(); j++) {
        if (!story.compatibility().compatible(claims.get(i), claims.get(j))) {
          return false;
        }
      }
    }
    return true;
  }
}
