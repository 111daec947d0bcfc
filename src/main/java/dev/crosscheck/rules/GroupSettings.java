package dev.crosscheck.rules;

/**
 * Parameters of automatic story grouping ({@code --group-by auto}; settings.yaml, section
 * {@code group}, where each is described). A rules directory without the section gets
 * {@link #DEFAULTS}.
 */
public record GroupSettings(
    int leadWords,
    int leadWeight,
    double yearWeight,
    double maxDocumentShare,
    int minPostingsCap,
    double minEdge,
    double duplicateSimilarity,
    double minSimilarity,
    double relativeSimilarity,
    int relativeMinSize,
    int dateWindowDays,
    double datePenalty,
    int idWords) {

  static GroupSettings from(SettingsReader r) {
    return r.finish(new GroupSettings(
        r.integer("lead_words", 0, 100_000),
        r.integer("lead_weight", 1, 100),
        r.number("year_weight", 0, 100),
        r.fraction("max_document_share"),
        r.integer("min_postings_cap", 2, Integer.MAX_VALUE),
        r.fraction("min_edge"),
        r.fraction("duplicate_similarity"),
        r.fraction("min_similarity"),
        r.number("relative_similarity", 0, 10),
        r.integer("relative_min_size", 2, Integer.MAX_VALUE),
        r.integer("date_window_days", 0, 100_000),
        r.fraction("date_penalty"),
        r.integer("id_words", 1, 10)));
  }
}
