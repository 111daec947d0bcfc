package dev.crosscheck.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.crosscheck.lexicon.BoilerplateCues;
import dev.crosscheck.model.ArticleMeta;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads .txt and .md articles: an optional YAML front matter block (title, source or outlet, url,
 * published or date), then paragraphs. A publication date may also stand in one of the first lines
 * ("Published: June 13, 2013", or a timestamp line of its own).
 */
final class TextArticleParser {
  private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\r?\\n(.*?)\\r?\\n---[ \\t]*(\\r?\\n|\\z)",
      Pattern.DOTALL);
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final BoilerplateCues cues;
  private final Timestamps timestamps;
  private final int publishedCueLines;

  TextArticleParser(BoilerplateCues cues, Timestamps timestamps, int publishedCueLines) {
    this.cues = cues;
    this.timestamps = timestamps;
    this.publishedCueLines = publishedCueLines;
  }

  /** Parses {@code text}; a front matter that is not valid YAML is reported through {@code notes}. */
  ParsedArticle parse(String sourceId, String story, String text, List<String> notes) {
    int bodyStart = 0;
    ArticleMeta meta = ArticleMeta.EMPTY;
    Matcher m = FRONT_MATTER.matcher(text);
    if (m.find()) {
      bodyStart = m.end();
      try {
        JsonNode node = YAML.readTree(m.group(1));
        if (node != null && node.isObject()) {
          meta = JsonFields.meta(node);
        } else {
          notes.add("front matter is not a YAML mapping: ignored");
        }
      } catch (Exception e) {
        notes.add("front matter is not valid YAML: ignored");
      }
    }
    List<Block> blocks = TextBlocks.split(text, bodyStart, text.length());
    if (meta.publishedDate() == null) {
      Optional<String> found = publishedLine(blocks);
      if (found.isPresent()) {
        String published = found.get();
        meta = new ArticleMeta(meta.title(), meta.outlet(), meta.url(),
            meta.published().isEmpty() ? published : meta.published(), Dates.parseDay(published).orElse(null));
      }
    }
    return new ParsedArticle(sourceId, story, meta, text, blocks);
  }

  private Optional<String> publishedLine(List<Block> blocks) {
    for (int i = 0; i < Math.min(publishedCueLines, blocks.size()); i++) {
      String line = blocks.get(i).text();
      if (line.length() > 80) {
        continue;
      }
      String rest = timestamps.isTimestamp(line) ? line : cues.afterPublishedCue(line);
      if (rest != null && Dates.parseDay(rest).isPresent()) {
        return Optional.of(rest.strip());
      }
    }
    return Optional.empty();
  }
}
