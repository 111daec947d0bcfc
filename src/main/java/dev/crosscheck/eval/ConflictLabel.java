package dev.crosscheck.eval;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A person's verdict on one conflict crosscheck reported on an unedited story, by the rubric of
 * {@code labels/RUBRIC.md}: {@code true}, {@code false-different}, {@code false-compatible} or
 * {@code false-extraction}, with the reason. The conflict is named by its story, rule, evidence
 * sentences and the values as written (finding ids change with the tool's normalised values; the
 * words of the articles do not), since two conflicts may cite the same sentences for other values.
 */
public record ConflictLabel(String story, String rule, String label, String why, List<String> values,
    List<Sentence> evidence) {
  public static final Set<String> LABELS = Set.of("true", "false-different", "false-compatible", "false-extraction");

  /** An evidence sentence: its source and its text as the report gives it. */
  public record Sentence(String source, String text) {
    public Sentence {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(text, "text");
    }
  }

  public ConflictLabel {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(why, "why");
    values = List.copyOf(values);
    evidence = List.copyOf(evidence);
    if (!LABELS.contains(label)) {
      throw new IllegalArgumentException("label of a " + rule + " conflict in " + story + " is '" + label
          + "', not one of " + new java.util.TreeSet<>(LABELS));
    }
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("label of a " + rule + " conflict in " + story + " names no evidence");
    }
  }

  public boolean real() {
    return label.equals("true");
  }

  /** The key a reported conflict is looked up by. */
  public String key() {
    return key(story, rule, values, evidence);
  }

  static String key(String story, String rule, List<String> values, List<Sentence> evidence) {
    StringBuilder b = new StringBuilder(story).append('\u0001').append(rule);
    values.stream().sorted().distinct().forEach(v -> b.append('\u0002').append(v));
    evidence.stream().map(s -> s.source() + '\u0000' + s.text()).sorted().distinct()
        .forEach(s -> b.append('\u0001').append(s));
    return b.toString();
  }
}
