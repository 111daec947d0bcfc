package dev.crosscheck.lexicon;

import dev.crosscheck.rules.PhraseSet;
import dev.crosscheck.rules.YamlDocument;
import java.util.Map;
import java.util.Set;

/**
 * Currencies, percent words, measures, counted-noun synonyms and the words of distances
 * (lexicons/units.yaml).
 */
public record UnitWords(
    Map<String, String> currencySymbols,
    Map<String, String> currencyWords,
    PhraseSet percent,
    Map<String, String> measures,
    Map<String, String> synonyms,
    PhraseSet ageCues,
    Set<String> ageHolders,
    Set<String> notCounted,
    Set<String> labels,
    Set<String> diallingVerbs,
    Set<String> distanceUnits,
    Set<String> distanceReferences,
    Map<String, String> peopleCountTopics) {

  static UnitWords from(YamlDocument doc) {
    doc.requireKeys("currencies", "percent", "measures", "synonyms", "age_cues", "age_holders", "not_counted", "labels",
        "dialling_verbs", "distance_units", "distance_references", "people_count_topics");
    Map<String, String> countTopics = new java.util.HashMap<>(); // optional: none in a rules directory without it
    doc.root().path("people_count_topics").fields().forEachRemaining(e -> e.getValue()
        .forEach(lemma -> countTopics.put(lemma.asText(), e.getKey())));
    return new UnitWords(
        Map.copyOf(doc.stringMap("/currencies/symbols")),
        Map.copyOf(doc.stringMap("/currencies/words")),
        new PhraseSet(doc.strings("/percent")),
        Map.copyOf(doc.stringMap("/measures")),
        Map.copyOf(doc.stringMap("/synonyms")),
        new PhraseSet(doc.strings("/age_cues")),
        Set.copyOf(doc.strings("/age_holders")),
        Set.copyOf(doc.strings("/not_counted")),
        Set.copyOf(doc.strings("/labels")),
        Set.copyOf(doc.strings("/dialling_verbs")),
        Set.copyOf(doc.strings("/distance_units")),
        Set.copyOf(doc.strings("/distance_references")),
        Map.copyOf(countTopics));
  }

  /**
   * The counted nouns of people: the nouns an age can follow ({@code age_holders}), and the names that
   * {@code synonyms} gives them ("soldiers" is counted as "troop", "persons" as "people").
   */
  public Set<String> peopleNouns() {
    Set<String> out = new java.util.HashSet<>(ageHolders);
    synonyms.forEach((noun, unit) -> {
      if (ageHolders.contains(noun) || noun.endsWith("s") && ageHolders.contains(noun.substring(0, noun.length() - 1))) {
        out.add(unit);
      }
    });
    return Set.copyOf(out);
  }
}
