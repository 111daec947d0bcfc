package dev.crosscheck.lexicon;

import dev.crosscheck.rules.PhraseSet;
import dev.crosscheck.rules.YamlDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Months, weekdays, relative expressions and duration units (lexicons/time.yaml). */
public record TimeWords(
    Map<String, Integer> months,
    Map<String, Integer> weekdays,
    Set<String> ambiguousAbbreviations,
    Map<String, Relative> relative,
    PhraseSet relativePhrases,
    Map<String, Double> durations,
    PhraseSet deadlineCues,
    PhraseSet parts,
    Set<String> pastAuxiliaries,
    Set<String> presentAuxiliaries,
    Set<String> pastCues) {

  /** A relative expression: the unit it moves and by how much from the publication date. */
  public record Relative(String phrase, String unit, int shift) {}

  static TimeWords from(YamlDocument doc) {
    doc.requireKeys("months", "weekdays", "ambiguous_abbreviations", "relative", "durations", "deadline_cues", "parts",
        "past_auxiliaries", "present_auxiliaries", "past_cues");
    Map<String, Integer> months = integers(doc, "/months");
    Map<String, Integer> weekdays = integers(doc, "/weekdays");
    Map<String, Relative> relative = new HashMap<>();
    var node = doc.object("/relative");
    node.fields().forEachRemaining(e -> {
      String path = "/relative/" + e.getKey();
      String unit = e.getValue().path("unit").asText("");
      if (!List.of("day", "week", "month", "year").contains(unit)) {
        throw doc.error(path, "relative '" + e.getKey() + "' needs unit day, week, month or year");
      }
      relative.put(e.getKey(), new Relative(e.getKey(), unit, e.getValue().path("shift").asInt(0)));
    });
    return new TimeWords(months, weekdays, Set.copyOf(doc.strings("/ambiguous_abbreviations")), Map.copyOf(relative),
        new PhraseSet(relative.keySet()), NumberWords.doubles(doc, "/durations"),
        new PhraseSet(doc.strings("/deadline_cues")), new PhraseSet(doc.strings("/parts")),
        Set.copyOf(doc.strings("/past_auxiliaries")), Set.copyOf(doc.strings("/present_auxiliaries")),
        Set.copyOf(doc.strings("/past_cues")));
  }

  private static Map<String, Integer> integers(YamlDocument doc, String path) {
    Map<String, Integer> out = new HashMap<>();
    NumberWords.doubles(doc, path).forEach((k, v) -> out.put(k, (int) Math.round(v)));
    return Map.copyOf(out);
  }
}
