package dev.crosscheck.nlp;

import java.util.List;

/**
 * A sentence of an article's clean text: its position, text, range in the clean text and tokens.
 * {@code repeated} marks a sentence the article already said word for word (a repeated lead), whose
 * claims are not counted twice. {@code lowerTokens} are the tokens' lower-case forms.
 */
public record Sentence(int index, int paragraph, String text, int start, int end, List<Token> tokens,
    boolean repeated, String[] lowerTokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
    if (lowerTokens.length != tokens.size()) {
      throw new IllegalArgumentException("one lower-case form per token expected");
    }
  }

  /** A sentence whose {@link #lowerTokens()} are its tokens' lower-case forms. */
  public Sentence(int index, int paragraph, String text, int start, int end, List<Token> tokens, boolean repeated) {
    this(index, paragraph, text, start, end, tokens, repeated, tokens.stream().map(Token::lower)
        .toArray(String[]::new));
  }

  /**
   * The tokens' lower-case forms, computed once: the extractors look at them at every token. Shared,
   * not copied: callers must not change it.
   */
  @Override
  public String[] lowerTokens() {
    return lowerTokens;
  }

  public int size() {
    return tokens.size();
  }

  public Token token(int i) {
    return tokens.get(i);
  }
}
