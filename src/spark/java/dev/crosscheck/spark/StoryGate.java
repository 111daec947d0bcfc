package dev.crosscheck.spark;

import dev.crosscheck.model.Finding;
import dev.crosscheck.report.SarifReport;
import java.io.Serializable;
import java.util.List;

/**
 * A story's part of the gate, made on an executor by {@link Gating#of}: the number of its findings
 * that reach --fail-on, its conflicts and omissions (summarized; empty unless a baseline is read or
 * written) and its conflicts located for SARIF (null without --sarif).
 */
public record StoryGate(String story, long failing, List<Finding> findings, SarifReport.Results sarif)
    implements Serializable {
  public StoryGate {
    findings = List.copyOf(findings);
  }
}
