package dev.crosscheck.extract;

/**
 * Who said something: as written ("Austin", "the US Defence Secretary", "officials"), the person's
 * full name when the article gives it, and the comparison key (a {@link NameKeys} key for a person,
 * the lower-case noun otherwise).
 */
record Speaker(String text, String name, String key, boolean person) {
  static final Speaker NONE = new Speaker("", "", "", false);

  /** Named, with a key to compare (a pronoun is shown but not compared). */
  boolean known() {
    return !key.isEmpty();
  }

  /** Anything to show, a pronoun included. */
  boolean shown() {
    return !text.isEmpty();
  }
}
