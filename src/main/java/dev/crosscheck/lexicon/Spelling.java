package dev.crosscheck.lexicon;

import dev.crosscheck.rules.YamlDocument;
import java.util.Locale;
import java.util.Map;

/**
 * British to American spellings and words news writes for one another (lexicons/spelling.yaml), to
 * compare "Defence" and "Defense", "straight" and "consecutive" as one word.
 */
public record Spelling(Map<String, String> variants, Map<String, String> contractions,
    Map<String, String> contractionEndings) {
  public Spelling {
    variants = Map.copyOf(variants);
    contractions = Map.copyOf(contractions);
    contractionEndings = Map.copyOf(contractionEndings);
  }

  static Spelling from(YamlDocument doc) {
    doc.requireKeys("variants", "synonyms", "contractions");
    java.util.HashMap<String, String> lower = new java.util.HashMap<>();
    for (String section : new String[] {"/variants", "/synonyms"}) {
      doc.stringMap(section).forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v.toLowerCase(Locale.ROOT)));
    }
    doc.requireKeys("/contractions", "key", java.util.List.of("words", "endings"));
    return new Spelling(lower, doc.stringMap("/contractions/words"), doc.stringMap("/contractions/endings"));
  }

  /**
   * A lower-case word with straight apostrophes spelt out if it is a contraction ("didn't" is "did
   * not", "it's" is "it is"); other words as they are.
   */
  public String expand(String lower) {
    String whole = contractions.get(lower);
    if (whole != null) {
      return whole;
    }
    for (var e : contractionEndings.entrySet()) {
      if (lower.length() > e.getKey().length() + 1 && lower.endsWith(e.getKey())) {
        return lower.substring(0, lower.length() - e.getKey().length()) + e.getValue();
      }
    }
    return lower;
  }

  /** The American form of a lower-case word, or the word itself. */
  public String normalize(String lower) {
    return variants.getOrDefault(lower, lower);
  }
}
