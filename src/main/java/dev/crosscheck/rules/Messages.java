package dev.crosscheck.rules;

import dev.crosscheck.model.FindingValue;
import java.util.List;
import java.util.Set;

/**
 * Fills a rule's message template. Placeholders: {topic}, {values} ("3-star (002, 003) vs 4-star
 * (001)"), {reported_by}, {omitted_by}, {count} (sources reporting) and {salience}.
 */
public final class Messages {
  public static final Set<String> PLACEHOLDERS = Set.of("topic", "values", "reported_by", "omitted_by", "count",
      "salience");

  private Messages() {}

  static String format(String template, String topic, List<FindingValue> values, List<String> reported,
      List<String> omitted, double salience) {
    StringBuilder vs = new StringBuilder();
    for (FindingValue v : values) {
      if (vs.length() > 0) {
        vs.append(values.size() == 2 ? " vs " : "; ");
      }
      vs.append('“').append(v.text()).append("” (").append(String.join(", ", v.sources())).append(')');
    }
    return template
        .replace("{topic}", topic)
        .replace("{values}", vs.toString())
        .replace("{reported_by}", reported.isEmpty() ? "no source" : String.join(", ", reported))
        .replace("{omitted_by}", omitted.isEmpty() ? "no source" : String.join(", ", omitted))
        .replace("{count}", Integer.toString(reported.size()))
        .replace("{salience}", String.format(java.util.Locale.ROOT, "%.2f", salience));
  }

  /** " 004 gives both." (or "more than one of them") for the sources that give more than one of a conflict's values, else "". */
  static String givesBoth(List<FindingValue> values) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    java.util.Set<String> both = new java.util.TreeSet<>();
    for (FindingValue v : values) {
      for (String s : v.sources()) {
        if (!seen.add(s)) {
          both.add(s);
        }
      }
    }
    return both.isEmpty() ? "" : " " + String.join(", ", both) + (both.size() == 1 ? " gives" : " give")
        + (values.size() == 2 ? " both." : " more than one of them.");
  }

  /** " Not yet reported by 004, published before the event." */
  static String notYetReported(java.util.Collection<String> sources) {
    return " Not yet reported by " + String.join(", ", sources) + ", published before the event.";
  }

  /** An omission that no source could have reported and left out: all were published before the event. */
  static String onlyNotYetReported(String topic, List<String> reported, java.util.Collection<String> sources) {
    return "Reported by " + String.join(", ", reported) + "; not yet reported by " + String.join(", ", sources)
        + ", published before the event: " + topic + ".";
  }

  /**
   * A conflict that is an update: "Updated between reports on the death toll: “49” (a, published
   * 2024-07-27), then “50” (b, c, published 2024-07-28 to 2024-07-29)."
   */
  static String update(String topic, List<FindingValue> values, java.util.Map<String, java.time.LocalDate> published) {
    StringBuilder b = new StringBuilder("Updated between reports on ").append(topic).append(": ");
    for (int i = 0; i < values.size(); i++) {
      FindingValue v = values.get(i);
      java.util.List<java.time.LocalDate> days = v.sources().stream().map(published::get).sorted().toList();
      String first = days.get(0).toString();
      String last = days.get(days.size() - 1).toString();
      b.append(i == 0 ? "" : ", then ").append('“').append(v.text()).append("” (")
          .append(String.join(", ", v.sources())).append(", published ").append(first)
          .append(first.equals(last) ? "" : " to " + last).append(')');
    }
    return b.append('.').toString();
  }

  /** The placeholders of a template that are not known, for catalog validation. */
  static List<String> unknownPlaceholders(String template) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    var m = java.util.regex.Pattern.compile("\\{([^}]*)}").matcher(template);
    while (m.find()) {
      if (!PLACEHOLDERS.contains(m.group(1))) {
        out.add(m.group(1));
      }
    }
    return out;
  }
}
