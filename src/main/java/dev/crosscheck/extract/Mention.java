package dev.crosscheck.extract;

import dev.crosscheck.lexicon.Gazetteer;

/**
 * A named entity in a sentence: tokens [start, end) of the name (without its title), its kind and
 * comparison key, the role written before it, and the gazetteer entry of a known place.
 */
record Mention(int sentence, int start, int end, String text, EntityKind kind, String key, RolePhrase role,
    Gazetteer.Entry place) {

  Mention withKind(EntityKind newKind, String newKey) {
    return new Mention(sentence, start, end, text, newKind, newKey, role, place);
  }

  boolean isPerson() {
    return kind == EntityKind.PERSON;
  }

  int size() {
    return end - start;
  }
}
