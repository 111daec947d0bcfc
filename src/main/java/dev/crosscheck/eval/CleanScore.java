package dev.crosscheck.eval;

import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.Severity;
import dev.crosscheck.model.StoryReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Precision on clean real stories: every conflict (error or warning) crosscheck reports on the
 * suite's unedited stories, looked up in the labels. Precision is the share of {@code true} among
 * them; a conflict without a label is counted apart and fails the suite, so that a new conflict is
 * read by a person before it lands.
 */
public record CleanScore(int stories, Map<String, int[]> byRule, List<Finding> unlabelled, double minPrecision) {
  /** Columns of a rule's row: reported, true, false-different, false-compatible, false-extraction. */
  private static final List<String> COLUMNS = List.of("true", "false-different", "false-compatible",
      "false-extraction");

  public CleanScore {
    byRule = java.util.Collections.unmodifiableMap(new TreeMap<>(byRule));
    unlabelled = List.copyOf(unlabelled);
  }

  public static CleanScore of(List<StoryReport> reports, ConflictLabels labels, double minPrecision) {
    Map<String, int[]> byRule = new TreeMap<>();
    List<Finding> unlabelled = new ArrayList<>();
    for (StoryReport r : reports) {
      for (Finding f : r.findings()) {
        if (!counts(f)) {
          continue;
        }
        int[] row = byRule.computeIfAbsent(f.rule(), k -> new int[1 + COLUMNS.size()]);
        row[0]++;
        var label = labels.of(f);
        if (label.isPresent()) {
          row[1 + COLUMNS.indexOf(label.get().label())]++;
        } else {
          unlabelled.add(f);
        }
      }
    }
    return new CleanScore(reports.size(), byRule, unlabelled, minPrecision);
  }

  /** The conflicts a user is warned of: errors and warnings. */
  static boolean counts(Finding f) {
    return f.kind() == Kind.CONFLICT && f.severity() != Severity.NOTE;
  }

  public int reported() {
    return byRule.values().stream().mapToInt(r -> r[0]).sum();
  }

  public int real() {
    return byRule.values().stream().mapToInt(r -> r[1]).sum();
  }

  public int labelled() {
    return reported() - unlabelled.size();
  }

  public double precision() {
    return labelled() == 0 ? 1 : (double) real() / labelled();
  }

  public boolean passes() {
    return unlabelled.isEmpty() && precision() >= minPrecision;
  }

  public String render() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-7s %8s %6s %9s %11s %11s %10s %9s%n", "rule", "reported", "true",
        "different", "compatible", "extraction", "unlabelled", "precision"));
    for (var e : byRule.entrySet()) {
      int[] r = e.getValue();
      int labelled = r[1] + r[2] + r[3] + r[4];
      b.append(String.format(Locale.ROOT, "%-7s %8d %6d %9d %11d %11d %10d %9s%n", e.getKey(), r[0], r[1], r[2], r[3],
          r[4], r[0] - labelled, labelled == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) r[1] / labelled)));
    }
    b.append(String.format(Locale.ROOT, "%nclean stories: %d, conflicts (error and warning): %d, labelled %d, true %d,"
        + " precision %.3f (bar %.2f)%n", stories, reported(), labelled(), real(), precision(), minPrecision));
    if (!unlabelled.isEmpty()) {
      b.append(String.format(Locale.ROOT, "unlabelled conflicts: %d (each must be read and labelled: "
          + "eval --unlabelled FILE writes them for labelling)%n", unlabelled.size()));
      for (Finding f : unlabelled) {
        b.append("  ").append(f.story()).append(' ').append(f.rule()).append(' ').append(f.message()).append('\n');
      }
    }
    return b.toString();
  }
}
