package dev.crosscheck.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.model.PlaceLevel;
import dev.crosscheck.rules.YamlDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * World places and what contains what (lexicons/places.yaml): countries with their aliases and
 * demonyms, first-level regions, cities and broad areas.
 */
public final class Gazetteer {
  /** A known place: its name, level and the keys of the places containing it, innermost first. */
  public record Entry(String name, PlaceLevel level, List<String> within) {
    public Entry {
      within = List.copyOf(within);
    }

    public String key() {
      return name.toLowerCase(Locale.ROOT);
    }
  }

  private final Map<String, List<Entry>> byName;
  private final Map<String, Entry> byDemonym;
  private final int maxWords;
  /** The first words of the names of more than one word or token, in lower case ("new" of "new york"). */
  private final java.util.Set<String> firstWords = new java.util.HashSet<>();

  private Gazetteer(Map<String, List<Entry>> byName, Map<String, Entry> byDemonym) {
    this.byName = byName;
    this.byDemonym = byDemonym;
    int max = 1;
    for (String k : byName.keySet()) {
      String[] words = k.split(" ");
      max = Math.max(max, words.length);
      String[] tokens = k.split("[ \\-'’]");
      if (tokens.length > 1) {
        firstWords.add(tokens[0]); // "south" of "south-east asia", which the tokenizer splits at the hyphen
        firstWords.add(words[0]);
      }
    }
    this.maxWords = max;
  }

  /** Whether a place name of more than one word starts with this word (in lower case). */
  public boolean startsLongerName(String lowerWord) {
    return firstWords.contains(lowerWord);
  }

  public static Gazetteer empty() {
    return new Gazetteer(Map.of(), Map.of());
  }

  static Gazetteer from(YamlDocument doc) {
    doc.requireKeys("areas", "countries", "regions", "cities");
    Map<String, List<Entry>> byName = new HashMap<>();
    Map<String, Entry> byDemonym = new HashMap<>();
    Map<String, Entry> countries = new HashMap<>();
    Map<String, Entry> regions = new HashMap<>();
    JsonNode root = doc.root();
    each(root.path("areas"), (node, i) -> add(byName, node, new Entry(name(doc, "/areas/" + i, node),
        PlaceLevel.AREA, List.of())));
    each(root.path("countries"), (node, i) -> {
      Entry e = new Entry(name(doc, "/countries/" + i, node), PlaceLevel.COUNTRY, List.of());
      countries.put(e.key(), e);
      add(byName, node, e);
      for (JsonNode d : node.path("demonyms")) {
        byDemonym.putIfAbsent(d.asText().toLowerCase(Locale.ROOT), e);
      }
    });
    each(root.path("regions"), (node, i) -> {
      String path = "/regions/" + i;
      Entry country = resolve(doc, countries, path + "/country", node.path("country").asText(""));
      Entry e = new Entry(name(doc, path, node), PlaceLevel.REGION, List.of(country.key()));
      regions.put(e.key(), e);
      add(byName, node, e);
    });
    each(root.path("cities"), (node, i) -> {
      String path = "/cities/" + i;
      Entry country = resolve(doc, countries, path + "/country", node.path("country").asText(""));
      List<String> within = new ArrayList<>();
      String region = node.path("region").asText("");
      if (!region.isEmpty()) {
        within.add(resolve(doc, regions, path + "/region", region).key());
      }
      within.add(country.key());
      add(byName, node, new Entry(name(doc, path, node), PlaceLevel.CITY, within));
    });
    for (List<Entry> list : byName.values()) {
      list.sort(Comparator.comparingInt((Entry e) -> priority(e.level())));
    }
    return new Gazetteer(byName, byDemonym);
  }

  private static int priority(PlaceLevel level) {
    return switch (level) {
      case COUNTRY -> 0;
      case CITY -> 1;
      case REGION -> 2;
      case AREA -> 3;
      case UNKNOWN -> 4;
    };
  }

  private interface NodeVisitor {
    void visit(JsonNode node, int index);
  }

  private static void each(JsonNode list, NodeVisitor visitor) {
    for (int i = 0; i < list.size(); i++) {
      visitor.visit(list.get(i), i);
    }
  }

  private static String name(YamlDocument doc, String path, JsonNode node) {
    String name = node.path("name").asText("");
    if (name.isBlank()) {
      throw doc.error(path, "place without a name");
    }
    return name;
  }

  private static Entry resolve(YamlDocument doc, Map<String, Entry> known, String path, String name) {
    Entry e = known.get(name.toLowerCase(Locale.ROOT));
    if (e == null) {
      throw doc.error(path, "'" + name + "' is not listed in this file");
    }
    return e;
  }

  private static void add(Map<String, List<Entry>> byName, JsonNode node, Entry e) {
    byName.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
    for (JsonNode alias : node.path("aliases")) {
      String a = alias.asText().toLowerCase(Locale.ROOT);
      List<Entry> list = byName.computeIfAbsent(a, k -> new ArrayList<>());
      if (!list.contains(e)) {
        list.add(e);
      }
    }
  }

  /** The place a name denotes, preferring a country, then a city, a region, an area. */
  public Optional<Entry> lookup(String name) {
    List<Entry> list = byName.get(name.toLowerCase(Locale.ROOT));
    return list == null ? Optional.empty() : Optional.of(list.get(0));
  }

  /** The country of a demonym ("Japanese" gives Japan). */
  public Optional<Entry> byDemonym(String word) {
    return Optional.ofNullable(byDemonym.get(word.toLowerCase(Locale.ROOT)));
  }

  /** The longest place name, in words, so callers know how far to look ahead. */
  public int maxWords() {
    return maxWords;
  }
}
