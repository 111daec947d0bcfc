package dev.crosscheck.lexicon;

import dev.crosscheck.rules.PhraseSet;
import dev.crosscheck.rules.YamlDocument;
import java.util.Set;

/** Role titles, honorifics, organisation words and ships' name prefixes (lexicons/roles.yaml). */
public record RoleWords(
    PhraseSet heads,
    Set<String> headWords,
    PhraseSet domains,
    Set<String> notCurrent,
    Set<String> honorifics,
    Set<String> organisationWords,
    Set<String> notNames,
    Set<String> vesselPrefixes) {

  static RoleWords from(YamlDocument doc) {
    doc.requireKeys("heads", "domains", "not_current", "honorifics", "organisation_words", "not_names",
        "vessel_prefixes");
    var heads = doc.strings("/heads");
    java.util.Set<String> headWords = new java.util.HashSet<>();
    for (String h : heads) {
      headWords.addAll(java.util.List.of(h.split("\\s+")));
    }
    return new RoleWords(
        new PhraseSet(heads),
        Set.copyOf(headWords),
        new PhraseSet(doc.strings("/domains")),
        Set.copyOf(doc.strings("/not_current")),
        Set.copyOf(doc.strings("/honorifics")),
        Set.copyOf(doc.strings("/organisation_words")),
        Set.copyOf(doc.strings("/not_names")),
        Set.copyOf(doc.strings("/vessel_prefixes").stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList()));
  }
}
