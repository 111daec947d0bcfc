package dev.crosscheck.nlp;

import dev.crosscheck.model.Article;
import java.util.List;

/** An article with its sentences, tokens and tags. */
public record AnalyzedArticle(Article article, List<Sentence> sentences) {
  public AnalyzedArticle {
    sentences = List.copyOf(sentences);
  }

  public int tokenCount() {
    int n = 0;
    for (Sentence s : sentences) {
      n += s.size();
    }
    return n;
  }

  /** Words of the clean text (tokens that are not punctuation). */
  public int wordCount() {
    int n = 0;
    for (Sentence s : sentences) {
      for (Token t : s.tokens()) {
        if (!t.isPunctuation()) {
          n++;
        }
      }
    }
    return n;
  }
}
