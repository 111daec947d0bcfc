package dev.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;

/** The entity mentions and bare role phrases of an article, by sentence. */
final class Mentions {
  static final Mentions NONE = new Mentions(List.of(), List.of());

  private final List<List<Mention>> bySentence;
  private final List<List<RolePhrase>> rolesBySentence;

  Mentions(List<List<Mention>> bySentence, List<List<RolePhrase>> rolesBySentence) {
    this.bySentence = bySentence;
    this.rolesBySentence = rolesBySentence;
  }

  List<Mention> in(int sentence) {
    return sentence < bySentence.size() ? bySentence.get(sentence) : List.of();
  }

  /** Role phrases with no name after them ("the US Defence Secretary said"). */
  List<RolePhrase> bareRoles(int sentence) {
    return sentence < rolesBySentence.size() ? rolesBySentence.get(sentence) : List.of();
  }

  List<Mention> all() {
    List<Mention> out = new ArrayList<>();
    bySentence.forEach(out::addAll);
    return out;
  }

  /** The mention whose tokens include {@code token}, or null. */
  Mention covering(int sentence, int token) {
    for (Mention m : in(sentence)) {
      if (m.start() <= token && token < m.end()) {
        return m;
      }
    }
    return null;
  }

  /** The mention, title included, that ends just before {@code token}, or null. */
  Mention endingAt(int sentence, int token) {
    for (Mention m : in(sentence)) {
      if (m.end() == token) {
        return m;
      }
    }
    return null;
  }

  /** The mention whose title or name starts at {@code token}, or null. */
  Mention startingAt(int sentence, int token) {
    for (Mention m : in(sentence)) {
      int first = m.role() != null ? Math.min(m.role().start(), m.start()) : m.start();
      if (first == token || m.start() == token) {
        return m;
      }
    }
    return null;
  }
}
