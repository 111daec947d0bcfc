package dev.crosscheck.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scores of a suite: recall on planted conflicts, precision of the conflicts the edits brought,
 * by case kind and edit type, and the failing cases by name.
 */
public record EvalTable(List<CaseResult> results, double minRecall, double minPrecision,
    Map<String, int[]> background, int goldChecks, List<String> goldFailures) {
  public EvalTable {
    results = List.copyOf(results);
    background = Map.copyOf(background);
    goldFailures = List.copyOf(goldFailures);
  }

  public int planted() {
    return (int) results.stream().filter(r -> r.evalCase().planted()).count();
  }

  public int found() {
    return results.stream().mapToInt(CaseResult::truePositives).sum();
  }

  public int falseAlarms() {
    return results.stream().mapToInt(r -> r.falseAlarms().size()).sum();
  }

  public double recall() {
    return planted() == 0 ? 1 : (double) found() / planted();
  }

  public double precision() {
    int tp = found();
    return tp + falseAlarms() == 0 ? 1 : (double) tp / (tp + falseAlarms());
  }

  public boolean passes() {
    return recall() >= minRecall && precision() >= minPrecision && goldFailures.isEmpty()
        && results.stream().allMatch(r -> r.problem().isEmpty());
  }

  public String render() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-12s %-12s %6s %6s %7s %7s%n", "kind", "type", "cases", "found", "recall",
        "alarms"));
    Map<String, int[]> rows = new TreeMap<>();
    for (CaseResult r : results) {
      int[] row = rows.computeIfAbsent(r.evalCase().kind() + "|" + r.evalCase().type(), k -> new int[3]);
      row[0]++;
      row[1] += r.truePositives();
      row[2] += r.falseAlarms().size();
    }
    for (var e : rows.entrySet()) {
      String[] key = e.getKey().split("\\|");
      int[] row = e.getValue();
      boolean planted = key[0].equals("planted");
      b.append(String.format(Locale.ROOT, "%-12s %-12s %6d %6s %7s %7d%n", key[0], key[1], row[0],
          planted ? Integer.toString(row[1]) : "-", planted ? String.format(Locale.ROOT, "%.2f", (double) row[1] / row[0])
              : "-", row[2]));
    }
    b.append(String.format(Locale.ROOT, "%nplanted conflicts: %d, found: %d, recall %.3f (bar %.2f)%n", planted(),
        found(), recall(), minRecall));
    b.append(String.format(Locale.ROOT, "false alarms: %d, precision %.3f (bar %.2f)%n", falseAlarms(), precision(),
        minPrecision));
    int sources = 0;
    int conflicts = 0;
    for (int[] story : background.values()) {
      sources += story[0];
      conflicts += story[1];
    }
    b.append(String.format(Locale.ROOT, "unedited stories: %d, sources %d, conflicts (error and warning) %d%n",
        background.size(), sources, conflicts));
    b.append(String.format(Locale.ROOT, "gold expectations on unedited stories: %d of %d hold%n",
        goldChecks - goldFailures.size(), goldChecks));
    StringBuilder failing = new StringBuilder();
    goldFailures.forEach(g -> failing.append("  gold ").append(g).append('\n'));
    for (CaseResult r : results) {
      if (!r.problem().isEmpty()) {
        failing.append("  ").append(r.evalCase().name()).append(": ").append(r.problem()).append('\n');
      } else if (r.evalCase().planted() && !r.found()) {
        failing.append("  ").append(r.evalCase().name()).append(": planted conflict not found\n");
      }
      for (var f : r.falseAlarms()) {
        failing.append("  ").append(r.evalCase().name()).append(": false alarm ").append(f.rule()).append(' ')
            .append(f.topic()).append('\n');
      }
    }
    if (failing.length() > 0) {
      b.append("\nfailing cases:\n").append(failing);
    }
    b.append(passes() ? "\nPASS\n" : "\nFAIL\n");
    return b.toString();
  }
}
