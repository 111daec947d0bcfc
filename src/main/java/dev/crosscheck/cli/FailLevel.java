package dev.crosscheck.cli;

import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.Severity;
import java.util.Locale;

/**
 * What makes {@code check} exit with 1: a kind ({@code conflict}: any conflict; {@code omission}: any
 * conflict or omission), a severity ({@code error}, {@code warning}, {@code note}: any finding at or
 * above it, agreements aside) or {@code never}.
 */
record FailLevel(String label) {
  static final String ALLOWED = "conflict, omission, error, warning, note, never";

  static FailLevel parse(String text) {
    String l = text.toLowerCase(Locale.ROOT).strip();
    return switch (l) {
      case "conflict", "omission", "error", "warning", "note", "never" -> new FailLevel(l);
      default -> throw new IllegalArgumentException("unknown --fail-on level '" + text + "'; expected one of " + ALLOWED);
    };
  }

  boolean reachedBy(Finding f) {
    if (f.kind() == Kind.AGREEMENT) {
      return false;
    }
    return switch (label) {
      case "never" -> false;
      case "conflict" -> f.kind() == Kind.CONFLICT;
      case "omission" -> f.kind() == Kind.CONFLICT || f.kind() == Kind.OMISSION;
      default -> f.severity().atLeast(Severity.parse(label));
    };
  }
}
