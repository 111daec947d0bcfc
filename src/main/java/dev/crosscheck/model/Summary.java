package dev.crosscheck.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * Counts of a report: stories, sources, findings by kind, by severity and by both ({@code bySeverityOf},
 * for the console line, not in the JSON), errors.
 */
public record Summary(int stories, int sources, int findings, Map<Kind, Integer> byKind,
    Map<Severity, Integer> bySeverity, int errors, int notes, Map<Kind, Map<Severity, Integer>> bySeverityOf) {

  public Summary {
    byKind = Map.copyOf(byKind);
    bySeverity = Map.copyOf(bySeverity);
    Map<Kind, Map<Severity, Integer>> copy = new EnumMap<>(Kind.class);
    bySeverityOf.forEach((k, m) -> copy.put(k, Map.copyOf(m)));
    bySeverityOf = Map.copyOf(copy);
  }

  public static Summary of(Report report) {
    Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
    Map<Severity, Integer> severities = new EnumMap<>(Severity.class);
    for (Kind k : Kind.values()) {
      kinds.put(k, 0);
    }
    for (Severity s : Severity.values()) {
      severities.put(s, 0);
    }
    Map<Kind, Map<Severity, Integer>> both = new EnumMap<>(Kind.class);
    int sources = 0;
    int findings = 0;
    for (StoryReport story : report.stories()) {
      sources += story.sources().size();
      for (Finding f : story.findings()) {
        findings++;
        kinds.merge(f.kind(), 1, Integer::sum);
        severities.merge(f.severity(), 1, Integer::sum);
        both.computeIfAbsent(f.kind(), k -> new EnumMap<>(Severity.class)).merge(f.severity(), 1, Integer::sum);
      }
    }
    int errors = 0;
    int notes = 0;
    for (ProcessingError e : report.errors()) {
      if (e.severity().equals("error")) {
        errors++;
      } else {
        notes++;
      }
    }
    return new Summary(report.stories().size(), sources, findings, kinds, severities, errors, notes, both);
  }

  public int count(Kind kind) {
    return byKind.getOrDefault(kind, 0);
  }

  public int count(Severity severity) {
    return bySeverity.getOrDefault(severity, 0);
  }

  public int count(Kind kind, Severity severity) {
    return bySeverityOf.getOrDefault(kind, Map.of()).getOrDefault(severity, 0);
  }
}
