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
    List<Finding> conflicts = new ArrayList<>();
    for (Finding f : findings) {
      if (f.kind() == Kind.CONFLICT && betweenSources(f)) {
        conflicts.add(f);
      }
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      if (f.kind() == Kind.CONFLICT ? conflicts.contains(f) : conflicts.stream().noneMatch(c -> sameFact(c, f))) {
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

  private static boolean sameFact(Finding conflict, Finding other) {
    Set<String> sentences = new HashSet<>();
    for (Evidence e : conflict.evidence()) {
      sentences.add(e.source() + ":" + e.start());
    }
    boolean sharesSentence = other.evidence().stream().anyMatch(e -> sentences.contains(e.source() + ":" + e.start()));
    if (!sharesSentence) {
      return false;
    }
    if (conflict.topic().equals(other.topic())) {
      return true;
    }
    Set<String> values = new HashSet<>();
    conflict.values().forEach(v -> values.add(v.normalized()));
    return other.values().stream().anyMatch(v -> values.contains(v.normalized()));
  }
}
