package dev.crosscheck.rules.checks;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Rank;
import dev.crosscheck.model.ValueType;
import dev.crosscheck.rules.Param;
import dev.crosscheck.rules.Rule;
import java.util.List;
import java.util.Set;

/** Ranks or ordinals of one slot that differ: "three-star" and "four-star", "first" and "second". */
public final class RankMismatch extends ValueConflictCheck {
  @Override
  public String name() {
    return "rank-mismatch";
  }

  @Override
  public Set<ValueType> types() {
    return Set.of(ValueType.RANK);
  }

  @Override
  public List<Param> parameters() {
    return List.of();
  }

  @Override
  boolean compatible(Rule rule, Claim a, Claim b) {
    Rank x = (Rank) a.value();
    Rank y = (Rank) b.value();
    return x.kind() != y.kind() || x.position() == y.position();
  }
}
