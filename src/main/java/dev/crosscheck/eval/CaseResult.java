package dev.crosscheck.eval;

import dev.crosscheck.model.Finding;
import java.util.List;

/**
 * What crosscheck made of one case: for a planted edit, whether a conflict cites the edited words
 * with evidence on both sides ({@code found}); the conflicts citing the edit in a compatible case, and
 * the conflicts the edit brought elsewhere, are false alarms ({@code falseAlarms}).
 */
public record CaseResult(EvalCase evalCase, boolean found, List<Finding> citing, List<Finding> falseAlarms,
    String problem) {
  public CaseResult {
    citing = List.copyOf(citing);
    falseAlarms = List.copyOf(falseAlarms);
  }

  public int truePositives() {
    return evalCase.planted() && found ? 1 : 0;
  }
}
