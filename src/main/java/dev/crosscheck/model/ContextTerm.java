package dev.crosscheck.model;

import java.util.Objects;

/** A content word near a claim's value: its comparison form and its distance in tokens from the value. */
public record ContextTerm(String term, int distance) {
  public ContextTerm {
    Objects.requireNonNull(term, "term");
    if (distance < 0) {
      throw new IllegalArgumentException("negative distance " + distance + " for '" + term + "'");
    }
  }
}
