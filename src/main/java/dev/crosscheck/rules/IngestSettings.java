package dev.crosscheck.rules;

/** Parameters of ingest and boilerplate removal (settings.yaml, section {@code ingest}). */
public record IngestSettings(
    int lengthHigh,
    double stopwordsHigh,
    int minSentenceWords,
    double maxLinkDensity,
    int maxWordsForContains,
    int headingMinWords,
    int headingMaxWords,
    int maxArticleBytes,
    int publishedCueLines) {

  static IngestSettings from(SettingsReader r) {
    return r.finish(new IngestSettings(
        r.integer("length_high", 1, 100_000),
        r.fraction("stopwords_high"),
        r.integer("min_sentence_words", 1, 100),
        r.fraction("max_link_density"),
        r.integer("max_words_for_contains", 1, 100_000),
        r.integer("heading_min_words", 1, 100),
        r.integer("heading_max_words", 1, 1000),
        r.integer("max_article_bytes", 1000, Integer.MAX_VALUE),
        r.integer("published_cue_lines", 0, 1000)));
  }
}
