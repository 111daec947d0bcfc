package dev.crosscheck.rules;

import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingValue;
import dev.crosscheck.model.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One fact, one finding. A conflict is between sources: a conflict whose values come from one source
 * alone, or whose sources all give both values, is dropped. A fact that is a conflict is not also an omission or an
 * agreement: those citing one of the conflict's sentences about the same topic or with one of its
 * values are dropped ("Sunday" planned and done is a conflict, not also "3 sources agree on Sunday").
 */
final class OneFindingPerFact {
  private OneFindingPerFact() {}

  static List<Finding> apply(List<Finding> findings) {
    List<Fact> conflicts = new ArrayList<>();
    for (Finding f : findings) {
      if (f.kind() == Kind.CONFLICT && betweenSources(f)) {
        conflicts.add(Fact.of(f));
      }
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      boolean keep = f.kind() == Kind.CONFLICT ? betweenSources(f) : conflicts.stream().noneMatch(c -> c.covers(f));
      if (keep) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * Whether two different sources disagree: one gives a value and not another, which another source
   * gives ("Anthony" in one source that also writes "Antony", "Antony" in three others). Sources that
   * all give both values are no evidence of disagreement, nor is one source alone.
   */
  static boolean betweenSources(Finding f) {
    List<FindingValue> values = f.values();
    for (int i = 0; i < values.size(); i++) {
      for (int j = i + 1; j < values.size(); j++) {
        List<String> onlyI = new ArrayList<>(values.get(i).sources());
        onlyI.removeAll(values.get(j).sources());
        List<String> onlyJ = new ArrayList<>(values.get(j).sources());
        onlyJ.removeAll(values.get(i).sources());
        if (!onlyI.isEmpty() || !onlyJ.isEmpty()) {
          return true; // a source gives one value and not the other, which another source gives
        }
      }
    }
    return false;
  }

  /** A conflict's sentences, its topic and its normalised values. */
  private record Fact(Set<String> sentences, String topic, Set<String> values) {
    static Fact of(Finding conflict) {
      Set<String> sentences = new HashSet<>();
      conflict.evidence().forEach(e -> sentences.add(key(e)));
      Set<String> values = new HashSet<>();
      conflict.values().forEach(v -> values.add(v.normalized()));
      return new Fact(sentences, conflict.topic(), values);
    }

    /** Whether another finding cites one of the sentences, about the same topic or with one of the values. */
    boolean covers(Finding other) {
      return other.evidence().stream().anyMatch(e -> sentences.contains(key(e)))
          && (topic.equals(other.topic()) || other.values().stream().anyMatch(v -> values.contains(v.normalized())));
    }

    private static String key(Evidence e) {
      return e.source() + ":" + e.start();
    }
  }
}
