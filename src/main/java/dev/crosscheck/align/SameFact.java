package dev.crosscheck.align;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ContextTerm;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.Rank;
import dev.crosscheck.rules.AlignSettings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether two claims of a story speak of the same fact, and what shows it. Two claims of one slot
 * family (the same unit or counted noun, rank kind, kind of time) are two facts ({@code clash}) when
 * they are about different named people or subjects ("Riva, 47" and "Steinberg, 48") or when the
 * times or the places their sentences name cannot be one another's, or when they are distances from
 * places of other names ({@link DistanceReference}). Otherwise what ties them is
 * their anchors: words near both values that can stand for one another (the same word, a class of
 * lexicons/senses.yaml, a WordNet synonym), weighed by rarity in the story and closeness
 * ({@code strength}), and one named person whose age or figure both give. Predicates that tell of
 * other events ("opened", "watched": two content verbs, not alike, neither named in the other clause)
 * need stronger anchors ({@code other_events_min_strength}). The {@link Aligner} decides with this,
 * the likeness of the sentences and the claims' best counterparts.
 */
final class SameFact {
  /** What two claims were found to have in common, or why they are two facts. */
  record Assessment(boolean clash, double strength, List<String> anchors, String clashReason, Events events) {
    static Assessment clash(String reason) {
      return new Assessment(true, 0, List.of(), reason, Events.OTHER);
    }

    /**
     * A content anchor was found and the anchors weigh enough: {@code minStrength}, or
     * {@code otherEventsStrength} when the predicates tell of other events.
     */
    boolean anchored(double minStrength, double otherEventsStrength) {
      return !clash && !anchors.isEmpty() && strength >= (events == Events.OTHER ? otherEventsStrength : minStrength);
    }
  }

  private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "who", "that",
      "this", "which");

  private final AlignSettings settings;
  private final WordSenses senses;
  private final DistanceReference distances;

  SameFact(AlignSettings settings, WordSenses senses, DistanceReference distances) {
    this.settings = settings;
    this.senses = senses;
    this.distances = distances;
  }

  Assessment assess(Claim a, Claim b, StoryIndex story, Compatibility compatibility) {
    TermWeights idf = story.idf;
    PersonIndex persons = story.persons;
    if (aboutOtherPeople(a, b, persons)) {
      return Assessment.clash("people");
    }
    if (otherSubjects(a, b)) {
      return Assessment.clash("subjects");
    }
    if (apart(story.timesBeside(a), story.timesBeside(b), compatibility)) {
      return Assessment.clash("times"); // "the 2002 quake" and "in 1996, a quake": two events
    }
    if (apart(story.placesBeside(a), story.placesBeside(b), compatibility)) {
      return Assessment.clash("places");
    }
    if (distances.apart(a, b)) {
      return Assessment.clash("reference places"); // "13 miles east of Cloverdale", "2 miles from The Geysers"
    }
    if (otherTeams(a, b, story)) {
      return Assessment.clash("teams"); // "beat Evansville 91-73", "North Florida, who beat Furman 77-66"
    }
    Events events = events(a, b);
    String headA = head(a);
    String headB = head(b);
    Map<String, Double> best = new LinkedHashMap<>();
    for (ContextTerm x : a.context()) {
      if (!usable(x, headA, a)) {
        continue;
      }
      for (ContextTerm y : b.context()) {
        if (!usable(y, headB, b) || !senses.related(x, y)) {
          continue;
        }
        double rarity = Math.min(idf.idf(x.term()), idf.idf(y.term()));
        double closeness = 1.0 / (1.0 + (x.distance() + y.distance()) / (2 * settings.distanceDecay()));
        String anchor = x.lemma().equals(y.lemma()) ? x.lemma() : x.lemma() + "~" + y.lemma();
        best.merge(anchor, rarity * closeness, Math::max);
      }
    }
    double strength = 0;
    for (double w : best.values()) {
      strength += w;
    }
    String holder = samePerson(a, b, persons);
    if (!holder.isEmpty()) {
      best.put(holder, settings.factMinStrength()); // one named person's age or figure: the holder shown
      strength += settings.factMinStrength();
    }
    List<String> anchors = new ArrayList<>(best.keySet());
    anchors.sort(null);
    return new Assessment(false, strength, anchors, "", events);
  }

  /**
   * Both sentences name times (or places) of their events, and none of one's can be one of the
   * other's: the claims tell of different events.
   */
  private static boolean apart(List<Claim> x, List<Claim> y, Compatibility compatibility) {
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    for (Claim u : x) {
      for (Claim v : y) {
        if (compatibility.compatible(u, v)) {
          return false;
        }
      }
    }
    return true;
  }

  /** A word that can anchor a fact: in the value's clause or right by it, naming no one, not the unit itself. */
  private boolean usable(ContextTerm t, String head, Claim c) {
    if (t.isPreposition() || t.name() && !isAge(c) || t.term().equals(head)) {
      return false;
    }
    return t.clause() || t.distance() <= settings.localWindow();
  }

  private static boolean isAge(Claim c) {
    return c.value() instanceof Quantity q && q.unit().equals("age");
  }

  /** How the predicates of two claims relate: the events they tell of. */
  enum Events {
    /** The same predicate, or two that stand for one another ("injured", "wounded"). */
    SAME,
    /** A clause holds a word alike the other's predicate ("killed" beside "the death toll"). */
    NAMED,
    /** A predicate says little ("said", "was") or is missing. */
    LIGHT,
    /** Two content verbs that are not alike, and neither named in the other clause. */
    OTHER
  }

  Events events(Claim a, Claim b) {
    String pa = a.predicate();
    String pb = b.predicate();
    if (senses.isLightVerb(pa) || senses.isLightVerb(pb)) {
      return Events.LIGHT;
    }
    if (senses.related(pa, "VERB", pb, "VERB")) {
      return Events.SAME;
    }
    return mentions(b, pa) || mentions(a, pb) ? Events.NAMED : Events.OTHER;
  }

  /** Whether a word of the claim's clause can stand for {@code lemma}. */
  private boolean mentions(Claim c, String lemma) {
    for (ContextTerm t : c.context()) {
      if ((t.clause() || t.distance() <= settings.localWindow()) && !t.name()
          && senses.related(t.lemma(), t.tag(), lemma, t.tag())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The person whose age, or whose counted figure, both claims give: each sentence names that one
   * person alone ("Ortiz, 38, was..." and "Deputy Jerry Ortiz, 35"; "Artino had 14 points"), else "".
   */
  static String samePerson(Claim a, Claim b, PersonIndex persons) {
    if (!(a.value() instanceof Quantity q) || q.unit().isEmpty() || q.isScore()
        || a.people().size() != 1 || b.people().size() != 1) {
      return "";
    }
    String x = persons.resolve(a.people().get(0));
    return x.equals(persons.resolve(b.people().get(0))) ? x : "";
  }

  /**
   * Sentences that name people, none of them the same, tell of different people: their numbers or
   * dates do not contradict each other ("DiLeo has spent 19 seasons", "Cheeks spent 11 seasons").
   */
  static boolean aboutOtherPeople(Claim a, Claim b, PersonIndex persons) {
    if (a.people().isEmpty() || b.people().isEmpty()) {
      return false;
    }
    Set<String> x = new HashSet<>();
    for (String p : a.people()) {
      x.add(persons.resolve(p));
    }
    for (String p : b.people()) {
      if (x.contains(persons.resolve(p))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Two scores or records whose sentences both name teams, places or people, none of them the same: two
   * games or two teams' seasons ("beat Evansville 91-73", "North Florida, who beat Furman 77-66";
   * "Texas Southern moved to 0-10", "Duke moved to 9-0"). The words of the sentences' dates and
   * weekdays ("Thursday") name no team.
   */
  static boolean otherTeams(Claim a, Claim b, StoryIndex story) {
    if (!(a.value() instanceof Quantity x && x.isScore() && b.value() instanceof Quantity y && y.isScore())) {
      return false;
    }
    Set<String> named = properNouns(a, story);
    Set<String> other = properNouns(b, story);
    return !named.isEmpty() && !other.isEmpty() && Collections.disjoint(named, other);
  }

  private static Set<String> properNouns(Claim c, StoryIndex story) {
    Set<String> times = new HashSet<>();
    for (Claim t : story.timesBeside(c)) {
      times.addAll(List.of(t.value().text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
    }
    Set<String> out = new HashSet<>();
    for (ContextTerm t : c.context()) {
      if (t.tag().equals("PROPN") && !times.contains(t.lemma())) {
        out.add(t.term());
      }
    }
    return out;
  }

  /** Values said of different named subjects ("Carter scored 14 points", "Smith scored 12 points"). */
  static boolean otherSubjects(Claim a, Claim b) {
    Set<String> x = properWords(a.subject());
    Set<String> y = properWords(b.subject());
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    for (String w : x) {
      if (y.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> properWords(String subject) {
    Set<String> out = new HashSet<>();
    if (subject.isEmpty() || !Character.isUpperCase(subject.codePointAt(0)) || isPronoun(subject)) {
      return out; // "He added: ..." names no one
    }
    for (String w : subject.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 1) {
        out.add(w);
      }
    }
    return out;
  }

  static boolean isPronoun(String subject) {
    return PRONOUNS.contains(subject.toLowerCase(Locale.ROOT));
  }

  /** The ranked noun of a rank: what put two ranks in one family, no further evidence. */
  static String head(Claim c) {
    return c.value() instanceof Rank r ? r.noun() : "";
  }
}
