package dev.crosscheck.rules;

import java.util.Set;
import java.util.function.BiPredicate;

/**
 * What the checks know of words beyond the claims: which two verbs (lemmas) tell of one event
 * ("injure", "hurt": the same word, a class of lexicons/senses.yaml, a WordNet synonym), and which
 * counted nouns name people ({@code age_holders} and the people synonyms of lexicons/units.yaml), of
 * which "people" is the general one, which units measure a distance ({@code distance_units}), and
 * the names of counts of people by the verb's lemma ({@code people_count_topics}: "kill", "the death toll"),
 * and the noun that names what a verb tells of ({@code eventNoun}: "die", "death"; "" when none).
 */
public record Vocabulary(BiPredicate<String, String> sameEvent, Set<String> peopleNouns, Set<String> distanceUnits,
    java.util.Map<String, String> peopleCountTopics, java.util.function.UnaryOperator<String> eventNoun) {
  public Vocabulary {
    peopleNouns = Set.copyOf(peopleNouns);
    distanceUnits = Set.copyOf(distanceUnits);
    peopleCountTopics = java.util.Map.copyOf(peopleCountTopics);
  }

  /** Verbs are one event only when they are the same word; no noun is known to name people, distances or events. */
  public static Vocabulary plain() {
    return new Vocabulary(String::equals, Set.of(), Set.of(), java.util.Map.of(), verb -> "");
  }

  /** Whether a counted noun counts people: "people" or a noun of people. */
  public boolean countsPeople(String unit) {
    return unit.equals("people") || peopleNouns.contains(unit);
  }

  /** Whether the two counted nouns can count the same people: equal, or "people" and a noun of people. */
  public boolean samePeople(String unitA, String unitB) {
    return unitA.equals(unitB) || unitA.equals("people") && peopleNouns.contains(unitB)
        || unitB.equals("people") && peopleNouns.contains(unitA);
  }
}
