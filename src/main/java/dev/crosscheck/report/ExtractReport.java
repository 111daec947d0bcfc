package dev.crosscheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ExtractedArticle;
import dev.crosscheck.model.ExtractedStory;
import dev.crosscheck.model.ProcessingError;
import java.util.List;

/** The JSON of {@code crosscheck extract}: every story's articles, clean text and claims (docs/EXTRACT.md). */
public final class ExtractReport {
  public static final String FORMAT_VERSION = "1.0";

  private ExtractReport() {}

  public static ObjectNode json(String corpus, String toolVersion, List<ExtractedStory> stories,
      List<ProcessingError> corpusErrors) {
    ObjectNode root = Json.object();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("tool", "crosscheck " + toolVersion);
    root.put("corpus", corpus);
    ArrayNode storyArray = root.putArray("stories");
    ArrayNode errors = root.putArray("errors");
    corpusErrors.forEach(e -> errors.add(ReportJson.error(e)));
    for (ExtractedStory story : stories) {
      ObjectNode s = storyArray.addObject();
      s.put("id", story.id());
      ArrayNode articles = s.putArray("articles");
      for (ExtractedArticle a : story.articles()) {
        articles.add(article(a));
      }
      story.errors().forEach(e -> errors.add(ReportJson.error(e)));
    }
    return root;
  }

  private static ObjectNode article(ExtractedArticle ea) {
    Article a = ea.article();
    ObjectNode o = Json.object();
    o.put("source", a.source());
    o.put("file", a.file());
    o.put("title", a.meta().title());
    o.put("outlet", a.meta().outlet());
    o.put("url", a.meta().url());
    o.put("published", a.meta().publishedDate() == null ? a.meta().published() : a.meta().publishedDate().toString());
    o.put("words", ea.words());
    o.put("sentences", ea.sentences());
    o.put("cleanText", a.clean().text());
    ArrayNode claims = o.putArray("claims");
    for (Claim c : ea.claims()) {
      claims.add(claim(c));
    }
    return o;
  }

  static ObjectNode claim(Claim c) {
    ObjectNode o = Json.object();
    o.put("id", c.id());
    o.put("type", c.type().label());
    o.set("value", ValueJson.value(c.value()));
    o.put("subject", c.subject());
    o.put("predicate", c.predicate());
    o.put("polarity", c.polarity().label());
    o.put("modality", c.modality().label());
    o.put("attribution", c.attribution());
    o.put("valueStart", c.valueStart());
    o.put("valueEnd", c.valueEnd());
    o.set("evidence", ValueJson.evidence(c.evidence()));
    return o;
  }
}
