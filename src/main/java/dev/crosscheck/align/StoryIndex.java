package dev.crosscheck.align;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Place;
import dev.crosscheck.model.TimeKind;
import dev.crosscheck.model.TimeValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the aligner knows of a whole story, built once: how rare each word is, who its people are,
 * and the times and places each sentence names (the time and place of the events it tells of).
 */
final class StoryIndex {
  final TermWeights idf;
  final PersonIndex persons;
  private final Map<String, List<Claim>> times = new HashMap<>();
  private final Map<String, List<Claim>> places = new HashMap<>();

  StoryIndex(List<Claim> claims) {
    this.idf = new TermWeights(claims);
    this.persons = new PersonIndex(claims);
    for (Claim c : claims) {
      if (c.value() instanceof TimeValue t && t.kind() != TimeKind.DURATION && t.kind() != TimeKind.RELATIVE) {
        times.computeIfAbsent(key(c), k -> new ArrayList<>()).add(c);
      } else if (c.value() instanceof Place && !c.predicate().equals("dateline")) {
        places.computeIfAbsent(key(c), k -> new ArrayList<>()).add(c);
      }
    }
  }

  /** The dates, weekdays, months and years the claim's sentence names, the claim itself aside. */
  List<Claim> timesBeside(Claim c) {
    return beside(times, c);
  }

  /** The places the claim's sentence names, the claim itself aside. */
  List<Claim> placesBeside(Claim c) {
    return beside(places, c);
  }

  private static List<Claim> beside(Map<String, List<Claim>> index, Claim c) {
    List<Claim> all = index.getOrDefault(key(c), List.of());
    return all.stream().filter(x -> x != c).toList();
  }

  private static String key(Claim c) {
    return c.source() + '\u0000' + c.sentence();
  }
}
