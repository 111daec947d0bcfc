package dev.crosscheck.model;

import java.util.Objects;

/**
 * A content word near a claim's value: its comparison form ({@code term}: lower case, American
 * spelling, stem), its distance in tokens from the value, whether it is a word of a person's name,
 * its lemma and Universal Dependencies tag (to look up its senses), and whether it stands in the
 * value's own clause. A name tells whom a sentence is about, not which of that person's facts the
 * value is, so it never ties two values on its own.
 */
public record ContextTerm(String term, int distance, boolean name, String lemma, String tag, boolean clause) {
  public ContextTerm {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(tag, "tag");
    if (distance < 0) {
      throw new IllegalArgumentException("negative distance " + distance + " for '" + term + "'");
    }
  }

  /** A word that frames the value and names no one, in its clause. */
  public ContextTerm(String term, int distance) {
    this(term, distance, false, term, "X", true);
  }

  /** A word of the value's clause, with whether it is a person's name. */
  public ContextTerm(String term, int distance, boolean name) {
    this(term, distance, name, term, "X", true);
  }

  /** A preposition right before the value ("@by"), which frames it without being a content word. */
  public boolean isPreposition() {
    return term.startsWith("@");
  }

  public boolean isVerb() {
    return tag.equals("VERB");
  }

  public boolean isNoun() {
    return tag.equals("NOUN");
  }
}
