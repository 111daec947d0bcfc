package dev.crosscheck.ci;

import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.Severity;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * What makes {@code crosscheck check} and the Spark job exit with 1: a kind ({@code conflict}: any
 * conflict; {@code omission}: any conflict or omission), a severity ({@code error}, {@code warning},
 * {@code note}: any finding at or above it, agreements aside) or {@code never}.
 */
public record FailLevel(String label) implements Serializable {
  public static final String ALLOWED = "conflict, omission, error, warning, note, never";
  /** The level when --fail-on is not given. */
  public static final String DEFAULT = "error";
  private static final List<String> LABELS = List.of(ALLOWED.split(", "));

  public FailLevel {
    if (!LABELS.contains(label)) {
      throw unknown(label);
    }
  }

  /** A level as the option gives it, in any case, with spaces around. */
  public static FailLevel parse(String text) {
    String l = text.toLowerCase(Locale.ROOT).strip();
    if (!LABELS.contains(l)) {
      throw unknown(text);
    }
    return new FailLevel(l);
  }

  private static IllegalArgumentException unknown(String text) {
    return new IllegalArgumentException("unknown --fail-on level '" + text + "'; expected one of " + ALLOWED);
  }

  public boolean reachedBy(Finding f) {
    if (f.kind() == Kind.AGREEMENT || f.kind() == Kind.OMISSION && f.omittedBy().isEmpty()) {
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
