package dev.crosscheck.lexicon;

import dev.crosscheck.rules.YamlDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words news uses for one another when it tells of one fact (lexicons/senses.yaml): classes of
 * lemmas, the light verbs that say little of what a value is about ("say", "be", "report"), and the
 * verbs whose WordNet noun names no event as news uses them ("fire": "the fire", "tell": "the tale").
 */
public record SenseClasses(Map<String, Set<Integer>> classes, Set<String> lightVerbs, Set<String> noEventNoun) {
  public SenseClasses {
    Map<String, Set<Integer>> copy = new HashMap<>();
    classes.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
    classes = Map.copyOf(copy);
    lightVerbs = Set.copyOf(lightVerbs);
    noEventNoun = Set.copyOf(noEventNoun);
  }

  static SenseClasses from(YamlDocument doc) {
    doc.requireKeys("classes", "light_verbs", "no_event_noun");
    Map<String, Set<Integer>> classes = new HashMap<>();
    var list = doc.root().path("classes");
    for (int i = 0; i < list.size(); i++) {
      if (!list.get(i).isArray() || list.get(i).size() < 2) {
        throw doc.error("/classes/" + i, "a class is a list of at least two words");
      }
      for (var w : list.get(i)) {
        classes.computeIfAbsent(w.asText().toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(i);
      }
    }
    List<String> light = new ArrayList<>();
    doc.strings("/light_verbs").forEach(w -> light.add(w.toLowerCase(Locale.ROOT)));
    Set<String> noEventNoun = new HashSet<>();
    doc.strings("/no_event_noun").forEach(w -> noEventNoun.add(w.toLowerCase(Locale.ROOT)));
    return new SenseClasses(classes, new HashSet<>(light), noEventNoun);
  }

  /** The classes of a lemma; empty when it is in none. */
  public Set<Integer> of(String lemma) {
    return classes.getOrDefault(lemma, Set.of());
  }

  public boolean isLight(String verbLemma) {
    return lightVerbs.contains(verbLemma);
  }
}
