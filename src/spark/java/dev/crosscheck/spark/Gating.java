package dev.crosscheck.spark;

import dev.crosscheck.ci.FailLevel;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.StoryReport;
import dev.crosscheck.report.SarifReport;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What an executor keeps of each story for the gate on the driver ({@link CiGate}): how many of its
 * findings reach {@code failOn}; with {@code findings} (for --baseline or --write-baseline) its
 * conflicts and omissions, summarized, the only findings a baseline reads or records; with
 * {@code sarif}, its conflicts located in their articles, which only the executor has at hand.
 */
public record Gating(FailLevel failOn, boolean findings, boolean sarif) implements Serializable {
  public Gating {
    Objects.requireNonNull(failOn, "failOn");
  }

  /** Whether the driver needs more of a story than its count of failing findings. */
  public boolean collects() {
    return findings || sarif;
  }

  StoryGate of(StoryReport report) {
    long failing = report.findings().stream().filter(failOn::reachedBy).count();
    List<Finding> kept = !findings ? List.of()
        : report.findings().stream().filter(f -> f.kind() != Kind.AGREEMENT).map(Finding::summarized).toList();
    SarifReport.Results located = null;
    if (sarif) {
      located = new SarifReport.Results();
      located.add(report);
    }
    return new StoryGate(report.id(), failing, kept, located);
  }
}
