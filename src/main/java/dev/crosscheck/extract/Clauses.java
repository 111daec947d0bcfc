package dev.crosscheck.extract;

import dev.crosscheck.lexicon.ModalityCues;
import dev.crosscheck.model.Modality;
import dev.crosscheck.model.Polarity;
import dev.crosscheck.nlp.Lemmas;
import dev.crosscheck.nlp.Sentence;
import dev.crosscheck.nlp.Token;
import dev.crosscheck.rules.PhraseSet;
import java.util.Set;

/**
 * Reads the clause around a value: the verb it depends on (predicate), the subject before that verb,
 * whether the clause denies it (polarity) and whether it happened, is planned, was requested, is
 * reported or only possible (modality). Heuristic, from the cue lexicon and part-of-speech tags: the
 * clause is the stretch from the last clause break before the value, plus a relative clause right
 * after it ("the four-star rank that Japan had requested").
 */
final class Clauses {
  /** What the clause says of a value. */
  record Reading(String subject, String predicate, Polarity polarity, Modality modality) {}

  private static final Set<String> MODAL_VERBS = Set.of("will", "would", "could", "might", "may", "should", "shall",
      "can", "must", "'ll");
  private static final int RELATIVE_REACH = 6;
  /** Negations of a verb, which deny the whole clause; others ("no", "without") deny the noun after them. */
  private static final Set<String> VERB_NEGATORS = Set.of("not", "n't", "never", "neither", "nor", "cannot");

  /** Tells whether a token belongs to the name of a person or organisation. */
  interface Names {
    boolean isNamed(int sentence, int token);
  }

  private final ModalityCues cues;
  private final Lemmas lemmas;
  private final Names names;

  Clauses(ModalityCues cues, Lemmas lemmas, Names names) {
    this.cues = cues;
    this.lemmas = lemmas;
    this.names = names;
  }

  Reading read(Sentence s, int start, int end) {
    String[] lower = s.lowerTokens();
    int from = clauseStart(s, lower, start);
    int to = clauseEnd(s, lower, end);
    // "not yet" denies no value ("have not yet identified the 3 victims"): the statement of the verb is the planned one
    Polarity polarity = negation(s, lower, from, start, false) == Negation.DENIED ? Polarity.NEGATED : Polarity.ASSERTED;
    Modality modality = modality(s, lower, from, start);
    int relative = relativeClause(lower, end);
    if (relative >= 0 && occurs(cues.requested(), s, lower, relative, Math.min(lower.length, relative + RELATIVE_REACH),
        true)) {
      modality = Modality.REQUESTED;
    }
    int verb = predicate(s, from, start, end, to);
    String predicate = verb >= 0 ? lemmas.lemma(s.token(verb)) : "";
    String subject = subject(s, verb >= 0 ? verb : start, from);
    return new Reading(subject, predicate, polarity, modality);
  }

  /** The index of the verb a value at tokens [start, end) depends on (see {@link #read}), or -1. */
  int predicateVerb(Sentence s, int start, int end) {
    String[] lower = s.lowerTokens();
    return predicate(s, clauseStart(s, lower, start), start, end, clauseEnd(s, lower, end));
  }

  /** First token of the clause holding token {@code at}: after the nearest break on its left. */
  int clauseStart(Sentence s, String[] lower, int at) {
    for (int i = at - 1; i >= 0; i--) {
      if (cues.clauseBreaks().contains(lower[i])) {
        return s.token(i).isPunctuation() ? i + 1 : i;
      }
    }
    return 0;
  }

  /** The token after the last of the clause holding token {@code at}: the next break that opens no relative clause. */
  int clauseEnd(Sentence s, String[] lower, int at) {
    for (int i = at; i < lower.length; i++) {
      if (cues.clauseBreaks().contains(lower[i]) && !cues.relativePronouns().contains(lower[i])) {
        return i;
      }
    }
    return lower.length;
  }

  /** What a negation does to the event it stands by. */
  enum Negation {
    /** No negation governs it. */
    NONE,
    /** A negation denies it: "was not arrested". */
    DENIED,
    /** "not yet": it is still to come. */
    PENDING
  }

  /** A negation cue in the clause before the value that governs it, not cancelled by a contrast word after it. */
  boolean negated(Sentence s, String[] lower, int from, int start) {
    return negation(s, lower, from, start, false) == Negation.DENIED;
  }

  /**
   * The negation that governs a value at {@code start}, looking back to {@code from}. A cue does not
   * count when it denies nothing ("not only", "no longer", "whether or not"), another noun ("without
   * bail", "no command authority in Tokyo"), a degree ("not deep enough to trigger a tsunami") or
   * another verb than the one the value hangs on ("officials who did not want to be named said 12
   * died", "he did not know why the gunman killed 3"). With {@code subjectNegation}, "no" before a
   * noun counts too: "No gun has been recovered" denies the recovery. "not yet" makes it pending.
   */
  Negation negation(Sentence s, String[] lower, int from, int start, boolean subjectNegation) {
    for (int i = start - 1; i >= from; i--) {
      if (cues.negationBreaks().contains(lower[i]) && !ModalityCues.within(cues.pendingNegations(), lower, i)) {
        return Negation.NONE; // "but", "yet"; not the "yet" of "not yet"
      }
      int n = cues.negation().matchAt(lower, i);
      if (n == 0 || i + n > start || ModalityCues.within(cues.nonNegations(), lower, i)) {
        continue;
      }
      // "without bail", "no command authority": these deny another noun, unless right at the value
      boolean ofAnotherNoun = !subjectNegation && !VERB_NEGATORS.contains(lower[i]) && start - (i + n) > 2;
      if (ofAnotherNoun || !governs(s, lower, i + n, start)) {
        continue;
      }
      return ModalityCues.within(cues.pendingNegations(), lower, i) ? Negation.PENDING : Negation.DENIED;
    }
    return Negation.NONE;
  }

  /**
   * Whether a negation ending before token {@code after} governs the value at {@code start}: no
   * degree word ("not strong enough to"), subordinate conjunction or wh-word ("did not know why"), or
   * second verb stands between them.
   */
  private boolean governs(Sentence s, String[] lower, int after, int start) {
    boolean verb = false;
    for (int k = after; k < start; k++) {
      Token t = s.token(k);
      boolean degree = cues.degreeWords().contains(lower[k]) && k - after <= 1; // "not enough", "not deep enough"
      if (degree || t.tag().equals("SCONJ") || WH_WORDS.contains(lower[k])) {
        return false;
      }
      if (t.isVerb()) {
        if (verb) {
          return false;
        }
        verb = true;
      }
    }
    return true;
  }

  private static final Set<String> WH_WORDS = Set.of("why", "how", "what", "when", "where", "who", "whom",
      "which", "whether", "if");

  Modality modality(Sentence s, String[] lower, int from, int start) {
    int lookFrom = from;
    if (occurs(cues.requested(), s, lower, lookFrom, start, true)) {
      return Modality.REQUESTED;
    }
    if (occurs(cues.hypothetical(), s, lower, lookFrom, start, false)) {
      return Modality.HYPOTHETICAL;
    }
    if (occurs(cues.planned(), s, lower, lookFrom, start, false)) {
      return Modality.PLANNED;
    }
    if (occurs(cues.reported(), s, lower, lookFrom, start, false)) {
      return Modality.REPORTED;
    }
    return Modality.HAPPENED;
  }

  /**
   * Whether a cue occurs in [from, to); modal verbs count only as auxiliaries ("may", not "May"), and
   * with {@code verbsOnly} a cue must start with a verb ("had requested", not "a request").
   */
  private static boolean occurs(PhraseSet set, Sentence s, String[] lower, int from, int to, boolean verbsOnly) {
    for (int i = Math.max(0, from); i < Math.min(to, lower.length); i++) {
      int n = set.matchAt(lower, i);
      if (n == 0 || i + n > to) {
        continue;
      }
      Token t = s.token(i);
      if (n == 1 && MODAL_VERBS.contains(lower[i]) && !t.tag().equals("AUX")) {
        continue;
      }
      if (t.isProperNoun() || t.isNumber() || verbsOnly && !t.isVerb() && !t.tag().equals("AUX")) {
        continue;
      }
      return true;
    }
    return false;
  }

  /** The token after a relative pronoun that follows the value's noun within two tokens, or -1. */
  private int relativeClause(String[] lower, int end) {
    for (int i = end; i < Math.min(lower.length, end + 3); i++) {
      if (cues.relativePronouns().contains(lower[i])) {
        return i + 1;
      }
    }
    return -1;
  }

  /** The verb the value depends on: the nearest verb before it in the clause, else the first after. */
  private static int predicate(Sentence s, int from, int start, int end, int to) {
    for (int i = start - 1; i >= from; i--) {
      if (s.token(i).isVerb()) {
        return i;
      }
    }
    for (int i = end; i < to; i++) {
      if (s.token(i).isVerb()) {
        return i;
      }
    }
    for (int i = start - 1; i >= 0; i--) {
      if (s.token(i).isVerb()) {
        return i;
      }
    }
    return -1;
  }

  /** Prepositional phrases passed over on the way back from a verb to its subject. */
  private static final int MAX_PREPOSITIONAL_PHRASES = 3;

  /**
   * The noun phrase head nearest before {@code at}: the name of a person or organisation as written,
   * or a noun or pronoun in lower case, so a capital tells a named subject. A noun phrase that a
   * preposition governs is passed over ("a crash on the road near Springfield killed": the crash).
   */
  private String subject(Sentence s, int at, int from) {
    int hops = 0;
    for (int i = at - 1; i >= 0; i--) {
      Token t = s.token(i);
      if ((t.isProperNoun() || t.isNoun()) && hops < MAX_PREPOSITIONAL_PHRASES) {
        int p = governingPreposition(s, i);
        if (p > 0) {
          hops++;
          i = p; // the loop steps to the word before the preposition
          continue;
        }
      }
      if (t.isProperNoun()) {
        int b = i;
        while (b > 0 && s.token(b - 1).isProperNoun()) {
          b--;
        }
        String run = join(s, b, i + 1);
        return names.isNamed(s.index(), i) ? run : run.toLowerCase(java.util.Locale.ROOT);
      }
      if (t.isNoun() || t.tag().equals("PRON")) {
        if (i > 0 && s.token(i - 1).isProperNoun() && names.isNamed(s.index(), i - 1)) {
          return s.token(i - 1).text(); // "EDS shares": the shares of a named company
        }
        return t.lower(); // a common noun or pronoun; proper nouns keep their capitals
      }
    }
    return "";
  }

  /**
   * The preposition that governs the noun phrase ending at {@code head} ("near [the old] Springfield"),
   * with a noun phrase before it, or -1: the words between are nouns, names, adjectives, numbers,
   * determiners or possessives.
   */
  private static int governingPreposition(Sentence s, int head) {
    int i = head - 1;
    while (i >= 0 && NOUN_PHRASE_TAGS.contains(s.token(i).tag())) {
      i--;
    }
    return i > 0 && s.token(i).tag().equals("ADP") && NOUN_PHRASE_TAGS.contains(s.token(i - 1).tag()) ? i : -1;
  }

  private static final java.util.Set<String> NOUN_PHRASE_TAGS = java.util.Set.of("NOUN", "PROPN", "ADJ", "NUM",
      "DET", "PART");

  static String join(Sentence s, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      Token t = s.token(i);
      if (i > from && t.start() > s.token(i - 1).end()) {
        sb.append(' ');
      }
      sb.append(t.text());
    }
    return sb.toString();
  }
}
