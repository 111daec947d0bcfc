package dev.crosscheck.ingest;

import dev.crosscheck.model.ArticleMeta;
import java.util.List;

/** An article as a format parser reads it: metadata, original text and paragraph blocks. */
record ParsedArticle(String sourceId, String story, ArticleMeta meta, String original, List<Block> blocks) {
  ParsedArticle {
    blocks = List.copyOf(blocks);
  }
}
