package dev.crosscheck.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** The one line a benchmark child JVM prints last: "RESULT key=value key=value ...". */
final class ChildResult {
  static final String PREFIX = "RESULT ";

  private ChildResult() {}

  static String line(Map<String, Object> values) {
    StringBuilder sb = new StringBuilder(PREFIX);
    values.forEach((k, v) -> sb.append(k).append('=').append(v).append(' '));
    return sb.toString().strip();
  }

  static Map<String, String> parse(String output) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : output.lines().toList()) {
      if (line.startsWith(PREFIX)) {
        out.clear();
        for (String pair : line.substring(PREFIX.length()).split(" ")) {
          int eq = pair.indexOf('=');
          if (eq > 0) {
            out.put(pair.substring(0, eq), pair.substring(eq + 1));
          }
        }
      }
    }
    return out;
  }
}
