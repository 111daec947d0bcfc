package dev.crosscheck.nlp;

import java.util.List;

/**
 * A sentence of an article's clean text: its position, text, range in the clean text and tokens.
 * {@code repeated} marks a sentence the article already said word for word (a repeated lead), whose
 * claims are not counted twice.
 */
public record Sentence(int index, int paragraph, String text, int start, int end, List<Token> tokens,
    boolean repeated) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  public String[] lowerTokens() {
    String[] out = new String[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = tokens.get(i).lower();
    }
    return out;
  }

  public int size() {
    return tokens.size();
  }

  public Token token(int i) {
    return tokens.get(i);
  }
}
