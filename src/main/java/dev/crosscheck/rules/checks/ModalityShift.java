package dev.crosscheck.rules.checks;

import dev.crosscheck.align.ClaimGroup;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.Modality;
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
 * One event reported as planned or expected by some sources and as done by others, with values
 * that agree: often a source written before the event, worth a note rather than an error.
 */
public final class ModalityShift implements Check {
  @Override
  public String name() {
    return "modality-shift";
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }

  @Override
  public Set<ValueType> types() {
    return Set.of(ValueType.QUANTITY, ValueType.TIME, ValueType.RANK, ValueType.STATEMENT);
  }

  @Override
  public List<Param> parameters() {
    return List.of();
  }

  @Override
  public List<Finding> run(Rule rule, StoryClaims story) {
    List<Finding> out = new ArrayList<>();
    for (ClaimGroup g : story.groups(rule)) {
      List<Claim> asserted = g.claims().stream().filter(c -> c.polarity() == Polarity.ASSERTED).toList();
      List<Claim> planned = asserted.stream().filter(c -> c.modality() == Modality.PLANNED).toList();
      List<Claim> done = asserted.stream().filter(c -> c.modality() == Modality.HAPPENED).toList();
      if (planned.isEmpty() || done.isEmpty() || !allCompatible(story, planned, done) || !specific(g)) {
        continue;
      }
      Set<String> p = new java.util.TreeSet<>(planned.stream().map(Claim::source).toList());
      Set<String> d = new java.util.TreeSet<>(done.stream().map(Claim::source).toList());
      List<Claim> onlyPlanned = planned.stream().filter(c -> !d.contains(c.source())).toList();
      List<Claim> onlyDone = done.stream().filter(c -> !p.contains(c.source())).toList();
      if (onlyPlanned.isEmpty() || onlyDone.isEmpty()) {
        continue;
      }
      out.add(new FindingBuilder(rule, story)
          .value(onlyPlanned, onlyPlanned.get(0).value().text() + " (planned)", "planned")
          .value(onlyDone, onlyDone.get(0).value().text() + " (done)", "happened")
          .build());
    }
    return out;
  }

  /** Vague figures ("two countries") say too little about an event to tell plan from fact. */
  private static boolean specific(ClaimGroup g) {
    if (g.type() != ValueType.QUANTITY) {
      return true;
    }
    return g.claims().stream().allMatch(c -> c.value().text().chars().anyMatch(Character::isDigit));
  }

  private static boolean allCompatible(StoryClaims story, List<Claim> a, List<Claim> b) {
    for (Claim x : a) {
      for (Claim y : b) {
        if (!story.compatibility().compatible(x, y)) {
          return false;
        }
      }
    }
    return true;
  }
}
