package dev.crosscheck.lexicon;

import dev.crosscheck.rules.YamlDocument;
import java.util.Locale;
import java.util.Map;

/**
 * British to American spellings and words news writes for one another (lexicons/spelling.yaml), to
 * compare "Defence" and "Defense", "straight" and "consecutive" as one word.
 */
public record Spelling(Map<String, String> variants) {
  public Spelling {
    variants = Map.copyOf(variants);
  }

  static Spelling from(YamlDocument doc) {
    doc.requireKeys("variants", "synonyms");
    java.util.HashMap<String, String> lower = new java.util.HashMap<>();
    for (String section : new String[] {"/variants", "/synonyms"}) {
      doc.stringMap(section).forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v.toLowerCase(Locale.ROOT)));
    }
    return new Spelling(lower);
  }

  /** The American form of a lower-case word, or the word itself. */
  public String normalize(String lower) {
    return variants.getOrDefault(lower, lower);
  }
}
