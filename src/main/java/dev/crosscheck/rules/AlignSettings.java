package dev.crosscheck.rules;

/** Parameters of claim alignment (settings.yaml, section {@code align}). */
public record AlignSettings(
    double minSimilarity,
    double agreementBonus,
    double equalValueBonus,
    int maxDistance,
    double distanceDecay,
    double headWeight,
    double statementMinSimilarity,
    double quoteMinOverlap,
    int candidateTerms,
    int maxPostings,
    int localWindow,
    double strongSimilarity,
    double factMinStrength,
    double factMinSimilarity,
    double otherEventsMinStrength,
    boolean wordNet) {

  static AlignSettings from(SettingsReader r) {
    return r.finish(new AlignSettings(
        r.fraction("min_similarity"),
        r.fraction("agreement_bonus"),
        r.fraction("equal_value_bonus"),
        r.integer("max_distance", 1, 200),
        r.number("distance_decay", 0.01, 100),
        r.number("head_weight", 0, 100),
        r.fraction("statement_min_similarity"),
        r.fraction("quote_min_overlap"),
        r.integer("candidate_terms", 1, 1000),
        r.integer("max_postings", 1, 1_000_000),
        r.integer("local_window", 1, 50),
        r.fraction("strong_similarity"),
        r.number("fact_min_strength", 0, 1000),
        r.fraction("fact_min_similarity"),
        r.number("other_events_min_strength", 0, 1000),
        r.bool("wordnet")));
  }
}
