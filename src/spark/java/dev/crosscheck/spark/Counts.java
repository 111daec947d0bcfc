package dev.crosscheck.spark;

import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.Severity;
import dev.crosscheck.model.StoryReport;
import dev.crosscheck.model.Summary;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The counts of {@link Summary}, added up story by story across the cluster. */
record Counts(long stories, long sources, long findings, long[] byKind, long[] bySeverity, long errors, long notes,
    long[] byKindAndSeverity) implements Serializable {
  private static final int SEVERITIES = Severity.values().length;
  static final Counts ZERO = new Counts(0, 0, 0, new long[Kind.values().length],
      new long[SEVERITIES], 0, 0, new long[Kind.values().length * SEVERITIES]);

  /** A story's counts: its report (null when it has no article) and all its processing errors. */
  static Counts of(StoryReport report, List<ErrorRecord> errors) {
    long[] kinds = new long[Kind.values().length];
    long[] severities = new long[Severity.values().length];
    long[] both = new long[Kind.values().length * SEVERITIES];
    long findings = 0;
    if (report != null) {
      for (Finding f : report.findings()) {
        findings++;
        kinds[f.kind().ordinal()]++;
        severities[f.severity().ordinal()]++;
        both[f.kind().ordinal() * SEVERITIES + f.severity().ordinal()]++;
      }
    }
    long errorCount = errors.stream().filter(e -> e.severity().equals("error")).count();
    return new Counts(report == null ? 0 : 1, report == null ? 0 : report.sources().size(), findings, kinds,
        severities, errorCount, errors.size() - errorCount, both);
  }

  Counts plus(Counts o) {
    long[] kinds = byKind.clone();
    long[] severities = bySeverity.clone();
    for (int i = 0; i < kinds.length; i++) {
      kinds[i] += o.byKind[i];
    }
    for (int i = 0; i < severities.length; i++) {
      severities[i] += o.bySeverity[i];
    }
    long[] both = byKindAndSeverity.clone();
    for (int i = 0; i < both.length; i++) {
      both[i] += o.byKindAndSeverity[i];
    }
    return new Counts(stories + o.stories, sources + o.sources, findings + o.findings, kinds, severities,
        errors + o.errors, notes + o.notes, both);
  }

  Summary toSummary() {
    Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      kinds.put(k, Math.toIntExact(byKind[k.ordinal()]));
    }
    Map<Severity, Integer> severities = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      severities.put(s, Math.toIntExact(bySeverity[s.ordinal()]));
    }
    Map<Kind, Map<Severity, Integer>> both = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      for (Severity s : Severity.values()) {
        long n = byKindAndSeverity[k.ordinal() * SEVERITIES + s.ordinal()];
        if (n > 0) {
          both.computeIfAbsent(k, x -> new EnumMap<>(Severity.class)).put(s, Math.toIntExact(n));
        }
      }
    }
    return new Summary(Math.toIntExact(stories), Math.toIntExact(sources), Math.toIntExact(findings), kinds,
        severities, Math.toIntExact(errors), Math.toIntExact(notes), both);
  }
}
