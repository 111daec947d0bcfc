package dev.crosscheck.model;

import java.util.Objects;

/**
 * A content word near a claim's value: its comparison form, its distance in tokens from the value,
 * and whether it is a word of a person's name. A name tells whom a sentence is about, not which of
 * that person's facts the value is, so it never ties two values on its own.
 */
public record ContextTerm(String term, int distance, boolean name) {
  public ContextTerm {
    Objects.requireNonNull(term, "term");
    if (distance < 0) {
      throw new IllegalArgumentException("negative distance " + distance + " for '" + term + "'");
    }
  }

  /** A word that frames the value and names no one. */
  public ContextTerm(String term, int distance) {
    this(term, distance, false);
  }

  /** A preposition right before the value ("@by"), which frames it without being a content word. */
  public boolean isPreposition() {
    return term.startsWith("@");
  }
}
