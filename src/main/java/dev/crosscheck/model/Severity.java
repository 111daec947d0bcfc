package dev.crosscheck.model;

import java.util.Locale;

/** How much a finding matters, as in SARIF: error above warning above note. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this severity is at least as grave as {@code other}. */
  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }

  public static Severity parse(String label) {
    for (Severity s : values()) {
      if (s.label().equals(label)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown severity '" + label + "'; expected error, warning or note");
  }
}
