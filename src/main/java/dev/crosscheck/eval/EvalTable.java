package dev.crosscheck.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scores of a suite: recall on planted conflicts (all, and those whose other sources say the fact
 * in other words, which the bar applies to), precision of the conflicts the edits brought, by case
 * kind and edit type, the failing cases by name, and the precision of the conflicts and of the first
 * omissions on the clean stories (either null when the clean stories were not run), and recall on the
 * planted omissions (null when not run) and the precision of sampled agreements (null when the clean
 * stories were not run).
 */
public record EvalTable(List<CaseResult> results, double minRecall, double minPrecision,
    int goldChecks, List<String> goldFailures, CleanScore clean, OmissionScore omissions,
    PlantedOmissions plantedOmissions, AgreementScore agreements) {
  public EvalTable {
    results = List.copyOf(results);
    goldFailures = List.copyOf(goldFailures);
  }

  public int planted() {
    return (int) results.stream().filter(r -> r.evalCase().planted()).count();
  }

  public int found() {
    return results.stream().mapToInt(CaseResult::truePositives).sum();
  }

  /** Planted cases whose others say the fact in other words. */
  public int paraphrased() {
    return (int) results.stream().filter(EvalTable::paraphrased).count();
  }

  public int foundParaphrased() {
    return results.stream().filter(EvalTable::paraphrased).mapToInt(CaseResult::truePositives).sum();
  }

  /** Recall on the planted cases whose others say the fact in other words: the bar's measure. */
  public double paraphrasedRecall() {
    return paraphrased() == 0 ? 1 : (double) foundParaphrased() / paraphrased();
  }

  private static boolean paraphrased(CaseResult r) {
    return r.evalCase().planted() && r.evalCase().wording() == EvalCase.Wording.PARAPHRASED;
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
    return paraphrasedRecall() >= minRecall && precision() >= minPrecision && goldFailures.isEmpty()
        && results.stream().allMatch(r -> r.problem().isEmpty()) && (clean == null || clean.passes())
        && (omissions == null || omissions.passes()) && (plantedOmissions == null || plantedOmissions.passes())
        && (agreements == null || agreements.passes());
  }

  public String render() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-12s %-17s %6s %6s %7s %11s %7s %7s%n", "kind", "type", "cases", "found",
        "recall", "paraphrased", "found", "alarms"));
    Map<String, int[]> rows = new TreeMap<>();
    for (CaseResult r : results) {
      int[] row = rows.computeIfAbsent(r.evalCase().kind() + "|" + r.evalCase().type(), k -> new int[5]);
      row[0]++;
      row[1] += r.truePositives();
      row[2] += r.falseAlarms().size();
      row[3] += paraphrased(r) ? 1 : 0;
      row[4] += paraphrased(r) ? r.truePositives() : 0;
    }
    for (var e : rows.entrySet()) {
      String[] key = e.getKey().split("\\|");
      int[] row = e.getValue();
      boolean planted = key[0].equals("planted");
      b.append(String.format(Locale.ROOT, "%-12s %-17s %6d %6s %7s %11s %7s %7d%n", key[0], key[1], row[0],
          planted ? Integer.toString(row[1]) : "-", planted ? String.format(Locale.ROOT, "%.2f", (double) row[1] / row[0])
              : "-", planted ? Integer.toString(row[3]) : "-", planted ? Integer.toString(row[4]) : "-", row[2]));
    }
    b.append(String.format(Locale.ROOT, "%nplanted conflicts whose other sources say the fact in other words: %d, "
        + "found: %d, recall %.3f (bar %.2f)%n", paraphrased(), foundParaphrased(), paraphrasedRecall(), minRecall));
    b.append(String.format(Locale.ROOT, "all planted conflicts: %d, found: %d, recall %.3f%n", planted(), found(),
        recall()));
    b.append(String.format(Locale.ROOT, "false alarms: %d, precision %.3f (bar %.2f)%n", falseAlarms(), precision(),
        minPrecision));
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
    if (clean != null) {
      b.append("\nconflicts on the unedited stories, by their labels:\n").append(clean.render());
    }
    if (omissions != null) {
      b.append('\n').append(omissions.render());
    }
    if (agreements != null) {
      b.append('\n').append(agreements.render());
    }
    if (plantedOmissions != null && plantedOmissions.cases() > 0) {
      b.append('\n').append(plantedOmissions.render());
    }
    b.append(passes() ? "\nPASS\n" : "\nFAIL\n");
    return b.toString();
  }
}
