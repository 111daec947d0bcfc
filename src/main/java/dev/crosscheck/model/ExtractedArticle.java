package dev.crosscheck.model;

import java.util.List;

/** An article with its claims and counts: what the extraction stage gives for one source. */
public record ExtractedArticle(Article article, List<Claim> claims, int words, int sentences) {
  public ExtractedArticle {
    claims = List.copyOf(claims);
  }
}
