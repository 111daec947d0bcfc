package dev.crosscheck.lexicon;

import dev.crosscheck.rules.YamlDocument;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Number words, multipliers, ordinals and the words of rankings ("third-ranked", "top-seeded")
 * (lexicons/numbers.yaml). Keys are lower case.
 */
public record NumberWords(
    Map<String, Double> units,
    Map<String, Double> tens,
    Map<String, Double> multipliers,
    Map<String, Double> collective,
    Map<String, Double> pluralMultipliers,
    Set<String> pluralsAlone,
    Set<String> approximate,
    Set<String> vagueQuantifiers,
    Map<String, Integer> ordinals,
    Set<String> rankParticiples,
    Set<String> firstPlaceWords) {

  public NumberWords {
    units = Map.copyOf(units);
    tens = Map.copyOf(tens);
    multipliers = Map.copyOf(multipliers);
    collective = Map.copyOf(collective);
    pluralMultipliers = Map.copyOf(pluralMultipliers);
    pluralsAlone = Set.copyOf(pluralsAlone);
    approximate = Set.copyOf(approximate);
    vagueQuantifiers = Set.copyOf(vagueQuantifiers);
    ordinals = Map.copyOf(ordinals);
    rankParticiples = Set.copyOf(rankParticiples);
    firstPlaceWords = Set.copyOf(firstPlaceWords);
  }

  static NumberWords from(YamlDocument doc) {
    doc.requireKeys("units", "tens", "multipliers", "collective", "plural_multipliers", "plurals_alone", "approximate",
        "vague_quantifiers", "ordinals",
        "rank_participles", "first_place_words");
    Map<String, Integer> ordinals = new HashMap<>();
    doubles(doc, "/ordinals").forEach((k, v) -> ordinals.put(k, (int) Math.round(v)));
    return new NumberWords(doubles(doc, "/units"), doubles(doc, "/tens"), doubles(doc, "/multipliers"),
        doubles(doc, "/collective"), doubles(doc, "/plural_multipliers"), lowerCase(doc.strings("/plurals_alone")),
        lowerCase(doc.strings("/approximate")), lowerCase(doc.strings("/vague_quantifiers")), ordinals,
        lowerCase(doc.strings("/rank_participles")), lowerCase(doc.strings("/first_place_words")));
  }

  private static Set<String> lowerCase(java.util.List<String> words) {
    Set<String> out = new java.util.HashSet<>();
    words.forEach(w -> out.add(w.toLowerCase(java.util.Locale.ROOT)));
    return out;
  }

  static Map<String, Double> doubles(YamlDocument doc, String path) {
    Map<String, Double> out = new HashMap<>();
    doc.stringMap(path).forEach((k, v) -> {
      try {
        out.put(k.toLowerCase(java.util.Locale.ROOT), Double.parseDouble(v));
      } catch (NumberFormatException e) {
        throw doc.error(path + "/" + k, "'" + v + "' is not a number");
      }
    });
    return out;
  }

  /** A single number word ("seven", "twenty", "dozen"), or null. */
  public Double simple(String lower) {
    Double v = units.get(lower);
    if (v == null) {
      v = tens.get(lower);
    }
    return v;
  }
}
