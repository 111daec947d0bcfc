package dev.crosscheck.extract;

import dev.crosscheck.lexicon.Gazetteer;
import dev.crosscheck.model.Modality;
import dev.crosscheck.model.Person;
import dev.crosscheck.model.Place;
import dev.crosscheck.model.PlaceLevel;
import dev.crosscheck.model.Polarity;
import dev.crosscheck.model.Role;
import dev.crosscheck.nlp.Sentence;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Claims about named entities: where something happened (a place after "in", "at", "near", or a
 * dateline), who is named (each full name, once per spelling), and who holds which role
 * ("Defense Secretary Lloyd Austin").
 */
final class EntityClaims {
  static final String DATELINE = "dateline";
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "across",
      "throughout", "around", "off");
  private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northeast", "northwest",
      "southeast", "southwest", "northern", "southern", "eastern", "western");

  private final ArticleContext ctx;
  private final Set<String> spellings = new HashSet<>();
  private final Set<String> roles = new HashSet<>();

  EntityClaims(ArticleContext ctx) {
    this.ctx = ctx;
  }

  void extract(Sentence s) {
    for (Mention m : ctx.mentions.in(s.index())) {
      switch (m.kind()) {
        case PLACE -> place(s, m);
        case PERSON -> person(s, m);
        default -> { }
      }
    }
  }

  private void place(Sentence s, Mention m) {
    if (ctx.anyUsed(s.index(), m.start(), m.end())) {
      return;
    }
    boolean modifier = m.end() < s.size() && s.token(m.end()).isNoun() && !s.token(m.end()).isProperNoun();
    boolean local = m.place() != null && (m.place().level() == PlaceLevel.CITY
        || m.place().level() == PlaceLevel.REGION);
    // where an event happened: "in Tokyo", "off Aden", "15 miles north of Detroit", a dateline, or a
    // known city or region named as a modifier ("a Vancouver office"); a country as a modifier ("U.S.
    // forces") is not, nor an unknown name ("a Christmas party")
    if (!(isLocative(s, m.start()) && !modifier || isDateline(s, m) || modifier && local)) {
      return;
    }
    if (m.place() == null && !isDateline(s, m) && !isStrongLocative(s, m.start())) {
      return; // an unknown name "at" or "near" something is often a venue, not a town
    }
    if (m.place() == null && !isDateline(s, m) && notATown(s, m)) {
      return;
    }
    Gazetteer.Entry e = m.place();
    Place value = e != null
        ? new Place(m.text(), e.name(), e.level(), e.within())
        : new Place(m.text(), m.text(), PlaceLevel.UNKNOWN, List.of());
    if (isDateline(s, m)) {
      // where the story was filed, not where its events took place: compared with datelines only
      ctx.add(s.index(), m.start(), m.end(), value, new Clauses.Reading("", DATELINE, Polarity.ASSERTED,
          Modality.HAPPENED));
    } else {
      ctx.add(s.index(), m.start(), m.end(), value);
    }
  }

  /**
   * An unknown name that owns something ("in Brad Pitt's World War Z", "in the Colts' victory"), is
   * numbered ("in Weeks 14-16") or is a plural after "the" ("at the Saints"): a person, a team or a
   * thing, not a town.
   */
  private static boolean notATown(Sentence s, Mention m) {
    if (m.end() < s.size()) {
      String next = s.token(m.end()).text();
      if (next.equals("'s") || next.equals("\u2019s") || next.equals("'") || next.equals("\u2019")
          || next.chars().allMatch(Character::isDigit) && !next.isEmpty()) {
        return true;
      }
    }
    String text = m.text();
    boolean plural = text.length() > 3 && text.endsWith("s") && !text.endsWith("ss") && !text.contains(" ");
    return plural && m.start() > 0 && s.token(m.start() - 1).lower().equals("the");
  }

  private static boolean isLocative(Sentence s, int start) {
    int i = start - 1;
    while (i >= 0 && (s.token(i).lower().equals("the") || s.token(i).tag().equals("ADJ")) && start - i <= 2) {
      i--; // "in nearby Creston", "in suburban Detroit"
    }
    if (i >= 1 && s.token(i).lower().equals("of") && COMPASS.contains(s.token(i - 1).lower())) {
      return true;
    }
    return i >= 0 && LOCATIVE.contains(s.token(i).lower());
  }

  /** "in X", "off X", "north of X": a preposition that names a town or region rather than a venue. */
  private static boolean isStrongLocative(Sentence s, int start) {
    int i = start - 1;
    while (i >= 0 && (s.token(i).lower().equals("the") || s.token(i).tag().equals("ADJ")) && start - i <= 2) {
      i--;
    }
    if (i >= 1 && s.token(i).lower().equals("of") && COMPASS.contains(s.token(i - 1).lower())) {
      return true;
    }
    return i >= 0 && (s.token(i).lower().equals("in") || s.token(i).lower().equals("off"));
  }

  private static boolean isDateline(Sentence s, Mention m) {
    if (m.start() != 0 || m.end() >= s.size()) {
      return false;
    }
    boolean caps = m.text().chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    String next = s.token(m.end()).lower();
    return caps && (next.equals("-") || next.equals("–") || next.equals("—") || next.equals(","));
  }

  private void person(Sentence s, Mention m) {
    if (m.size() >= 2 && spellings.add(String.join(" ", NameKeys.words(m.text())))) {
      ctx.addOverlapping(draft(s, m.start(), m.end(), new Person(m.text(), m.key())));
    }
    RolePhrase r = m.role();
    if (r != null && r.current() && roles.add(r.qualifier() + "|" + r.role() + "|" + m.key())) {
      int start = Math.min(r.start(), m.start());
      Role value = new Role(Clauses.join(s, start, m.end()), r.role(), r.qualifier(), m.text(), m.key());
      ctx.addOverlapping(draft(s, start, m.end(), value));
    }
  }

  private Draft draft(Sentence s, int start, int end, dev.crosscheck.model.Value value) {
    return new Draft(s.index(), start, s.index(), end, value, "", "", Polarity.ASSERTED, Modality.HAPPENED,
        ctx.attributions.of(s.index()));
  }
}
