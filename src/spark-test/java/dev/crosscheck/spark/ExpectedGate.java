package dev.crosscheck.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the gate must decide, worked out from the data as docs/CI.md describes it: the command line's
 * JSON report and a baseline file, read as JSON, not through the classes under test.
 */
final class ExpectedGate {
  private static final List<String> SEVERITIES = List.of("note", "warning", "error");

  private ExpectedGate() {}

  /** A finding of the report, with the id of its story. */
  record Failing(String story, JsonNode finding) {
    String fingerprint() {
      return ExpectedGate.fingerprint(finding);
    }
  }

  /**
   * The findings of {@code report} that fail a run at {@code --fail-on level}, in report order; with a
   * baseline (may be null), only those it does not hold (a fingerprint held n times accepts its first
   * n findings).
   */
  static List<Failing> failing(JsonNode report, String level, JsonNode baseline) {
    Map<String, Integer> known = new HashMap<>();
    if (baseline != null) {
      baseline.get("findings").forEach(f -> known.put(f.get("fingerprint").asText(), f.path("count").asInt(1)));
    }
    List<Failing> out = new ArrayList<>();
    for (JsonNode story : report.get("stories")) {
      for (JsonNode f : story.get("findings")) {
        String kind = f.get("kind").asText();
        if (kind.equals("agreement")) {
          continue;
        }
        int left = known.getOrDefault(fingerprint(f), 0);
        known.put(fingerprint(f), left - 1);
        if (left <= 0 && reaches(kind, f.get("severity").asText(), level)) {
          out.add(new Failing(story.get("id").asText(), f));
        }
      }
    }
    return out;
  }

  static int exitCode(JsonNode report, String level, JsonNode baseline) {
    return failing(report, level, baseline).isEmpty() ? 0 : 1;
  }

  /** A finding's id without the "-2", "-3" of repeated ids. */
  static String fingerprint(JsonNode finding) {
    return finding.get("id").asText().replaceFirst("-[0-9]+$", "");
  }

  private static boolean reaches(String kind, String severity, String level) {
    return switch (level) {
      case "never" -> false;
      case "conflict" -> kind.equals("conflict");
      case "omission" -> true;
      default -> SEVERITIES.indexOf(severity) >= SEVERITIES.indexOf(level);
    };
  }
}
