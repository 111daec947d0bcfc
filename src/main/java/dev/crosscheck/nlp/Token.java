package dev.crosscheck.nlp;

import java.util.Locale;

/**
 * A token with its Universal Dependencies part-of-speech tag and its offsets in the article's clean
 * text. {@code lower} is the lower-case form, with curly apostrophes made straight ("n’t" is "n't").
 */
public record Token(String text, String tag, int start, int end, String lower) {
  public Token(String text, String tag, int start, int end) {
    this(text, tag, start, end, text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
  }

  public boolean isProperNoun() {
    return tag.equals("PROPN");
  }

  public boolean isNoun() {
    return tag.equals("NOUN") || tag.equals("PROPN");
  }

  public boolean isVerb() {
    return tag.equals("VERB");
  }

  public boolean isNumber() {
    return tag.equals("NUM");
  }

  public boolean isPunctuation() {
    return tag.equals("PUNCT");
  }

  /** Nouns, proper nouns, verbs, adjectives and numbers: the words that carry content. */
  public boolean isContent() {
    return switch (tag) {
      case "NOUN", "PROPN", "VERB", "ADJ", "NUM" -> true;
      default -> false;
    };
  }

  public boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }
}
