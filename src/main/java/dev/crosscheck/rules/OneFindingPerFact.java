package dev.crosscheck.rules;

import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingValue;
import dev.crosscheck.model.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One fact, one finding. A conflict is between sources: a conflict whose values come from one source
 * alone, or whose sources all give both values, is dropped. A fact that is a conflict is not also an omission or an
 * agreement: those citing one of the conflict's sentences about the same topic or with one of its
 * values are dropped ("Sunday" planned and done is a conflict, not also "3 sources agree on Sunday").
 *
 * <p>A detail some sources agree on and others leave out is an agreement or an omission, not both. When
 * most of the story's sources report it, the few that leave it out are the news: an omission, whose
 * row names the sources that agree. When only a few report it, that they agree is the news: an
 * agreement, whose row names the sources that leave it out (two of five sources agree on a
 * three-star commander; the others are silent), with the omission's salience, so that agreements too
 * come in order of how much the detail matters. A detail one source alone gives stays an omission.
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
    List<Finding> kept = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      boolean keep = f.kind() == Kind.CONFLICT ? betweenSources(f) : conflicts.stream().noneMatch(c -> c.covers(f));
      if (keep) {
        kept.add(f);
      }
    }
    return agreementOrOmission(kept);
  }

  /** Each detail that is both an agreement and an omission, kept as one of them (see the class comment). */
  private static List<Finding> agreementOrOmission(List<Finding> findings) {
    Set<Finding> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<Finding, Double> salience = new IdentityHashMap<>();
    for (Finding omission : findings) {
      if (omission.kind() != Kind.OMISSION) {
        continue;
      }
      Fact detail = Fact.of(omission);
      for (Finding agreement : findings) {
        if (agreement.kind() == Kind.AGREEMENT && detail.covers(agreement)) {
          if (mostReport(omission)) {
            dropped.add(agreement);
          } else {
            dropped.add(omission);
            salience.merge(agreement, omission.salience(), Math::max);
          }
        }
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (!dropped.contains(f)) {
        out.add(salience.containsKey(f) ? f.withSalience(salience.get(f)) : f);
      }
    }
    return out;
  }

  /** Whether more than half of the story's sources report an omission's detail. */
  private static boolean mostReport(Finding omission) {
    int sources = omission.reportedBy().size() + omission.omittedBy().size() + omission.notYetReportedBy().size();
    return omission.reportedBy().size() * 2 > sources;
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

  /** A finding's sentences, the kind of its topic ({@link Topics#kind}) and its normalised values. */
  private record Fact(Set<String> sentences, String topic, Set<String> values) {
    static Fact of(Finding finding) {
      Set<String> sentences = new HashSet<>();
      finding.evidence().forEach(e -> sentences.add(key(e)));
      Set<String> values = new HashSet<>();
      finding.values().forEach(v -> values.add(v.normalized()));
      return new Fact(sentences, Topics.kind(finding.topic()), values);
    }

    /** Whether another finding cites one of the sentences, about the same topic or with one of the values. */
    boolean covers(Finding other) {
      return other.evidence().stream().anyMatch(e -> sentences.contains(key(e)))
          && (topic.equals(Topics.kind(other.topic())) || other.values().stream().anyMatch(v -> values.contains(v.normalized())));
    }

    private static String key(Evidence e) {
      return e.source() + ":" + e.start();
    }
  }
}
