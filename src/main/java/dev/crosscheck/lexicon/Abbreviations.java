package dev.crosscheck.lexicon;

import dev.crosscheck.rules.YamlDocument;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Abbreviations written with a period inside a sentence, by what may follow them
 * (lexicons/abbreviations.yaml). Lower case, without the final period.
 */
public record Abbreviations(
    Set<String> titles,
    Set<String> beforeNumbers,
    Set<String> suffixes,
    Set<String> clock,
    Set<String> timeZones) {

  public Abbreviations {
    titles = Set.copyOf(titles);
    beforeNumbers = Set.copyOf(beforeNumbers);
    suffixes = Set.copyOf(suffixes);
    clock = Set.copyOf(clock);
    timeZones = Set.copyOf(timeZones);
  }

  /** No abbreviation at all. */
  public static final Abbreviations NONE = new Abbreviations(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

  static Abbreviations from(YamlDocument doc) {
    doc.requireKeys("titles", "before_numbers", "suffixes", "clock", "time_zones");
    return new Abbreviations(words(doc, "/titles"), words(doc, "/before_numbers"), words(doc, "/suffixes"),
        words(doc, "/clock"), words(doc, "/time_zones"));
  }

  private static Set<String> words(YamlDocument doc, String path) {
    List<String> list = doc.strings(path);
    for (String w : list) {
      if (w.isBlank() || w.endsWith(".")) {
        throw doc.error(path, "'" + w + "': write an abbreviation without its final period");
      }
    }
    return list.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  }
}
