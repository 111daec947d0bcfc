package dev.crosscheck.report.html;

import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which sources contradict an omission or agreement, according to the story's conflicts. */
final class Matrix {
  private Matrix() {}

  /**
   * The sources that give, in a conflict about the same thing as {@code row}, a value that is none
   * of the row's values, each with the first such conflict. A conflict is about the same thing when
   * it has the row's topic or shares one of its values (the spelling conflict "Anthony Blinken" vs
   * "Antony Blinken" and the omission of "Antony Blinken"). Sharing a sentence is not enough: one
   * sentence holds many claims.
   */
  static Map<String, Finding> conflicting(Finding row, List<Finding> conflicts) {
    Map<String, Finding> out = new LinkedHashMap<>();
    for (Finding c : conflicts) {
      if (c == row || !related(row, c)) {
        continue;
      }
      for (FindingValue v : c.values()) {
        if (row.values().stream().noneMatch(r -> same(r, v))) {
          v.sources().forEach(s -> out.putIfAbsent(s, c));
        }
      }
    }
    return out;
  }

  private static boolean related(Finding row, Finding conflict) {
    return conflict.topic().equals(row.topic())
        || conflict.values().stream().anyMatch(v -> row.values().stream().anyMatch(r -> same(r, v)));
  }

  private static boolean same(FindingValue a, FindingValue b) {
    return a.text().strip().equalsIgnoreCase(b.text().strip())
        || (!a.normalized().isBlank() && a.normalized().equals(b.normalized()));
  }
}
