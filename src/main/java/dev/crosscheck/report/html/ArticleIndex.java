package dev.crosscheck.report.html;

import dev.crosscheck.model.CleanText.TextRange;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.ExtractedArticle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One source's article, ready for lookups: claims by evidence sentence, sentences and values in the clean text. */
final class ArticleIndex {
  private final ExtractedArticle article;
  private final TextLocator locator;
  private final Map<String, List<Claim>> claimsBySentence = new HashMap<>();
  private final Map<String, TextRange> sentences = new HashMap<>();

  ArticleIndex(ExtractedArticle article) {
    this.article = article;
    this.locator = new TextLocator(article.article().clean());
    for (Claim c : article.claims()) {
      claimsBySentence.computeIfAbsent(key(c.evidence()), k -> new ArrayList<>()).add(c);
    }
  }

  ExtractedArticle article() {
    return article;
  }

  String clean() {
    return locator.text();
  }

  /** The claims read from exactly this evidence sentence, in text order. */
  List<Claim> claimsAt(Evidence e) {
    return claimsBySentence.getOrDefault(key(e), List.of());
  }

  /** Where the evidence sentence is in the clean text. */
  TextRange sentence(Evidence e) {
    return sentences.computeIfAbsent(key(e), k -> locator.sentence(e.start(), e.end(), e.text()));
  }

  /** Where a claim's value is in the clean text, inside its sentence. */
  TextRange value(Claim c) {
    return locator.span(c.valueStart(), c.valueEnd(), sentence(c.evidence()));
  }

  private static String key(Evidence e) {
    return e.start() + ":" + e.end();
  }
}
