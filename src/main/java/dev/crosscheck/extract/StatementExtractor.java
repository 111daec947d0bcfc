package dev.crosscheck.extract;

import dev.crosscheck.lexicon.ModalityCues;
import dev.crosscheck.model.Modality;
import dev.crosscheck.model.Polarity;
import dev.crosscheck.model.Statement;
import dev.crosscheck.nlp.Sentence;
import dev.crosscheck.nlp.Token;
import java.util.Set;

/**
 * Events and states a sentence asserts or denies: each finite main verb (not a verb of saying, not a
 * bare "be", "have" or "do", not an infinitive or a bare participle) with its auxiliaries, subject
 * and object heads. Their polarity and modality
 * are what the comparison checks across sources: a statement is denied by a negation in its verb
 * group ("did not meet", "has never been") or by a denied subject ("No gun has been recovered");
 * a negation elsewhere in the sentence belongs to another verb. "not yet" makes it planned, not
 * denied ("has not yet reopened"); "no longer", "whether or not" and "not only" deny nothing.
 */
final class StatementExtractor {
  private static final Set<String> LIGHT_VERBS = Set.of("be", "have", "do", "get", "make", "go", "come", "take",
      "let", "seem", "become");
  private static final int MAX_AUXILIARIES = 5;
  private static final int MODALITY_REACH = 3;
  private static final int OBJECT_REACH = 5;

  private final ArticleContext ctx;
  private final Speakers speakers;

  StatementExtractor(ArticleContext ctx, Speakers speakers) {
    this.ctx = ctx;
    this.speakers = speakers;
  }

  void extract(Sentence s) {
    String[] lower = s.lowerTokens();
    int previousVerb = -1;
    boolean previousNegated = false;
    for (int v = 0; v < s.size(); v++) {
      Token verb = s.token(v);
      if (!verb.isVerb() || speakers.isSpeechVerb(verb)) {
        continue;
      }
      String lemma = ctx.lemma(verb);
      if (LIGHT_VERBS.contains(lemma) || lemma.length() < 2) {
        continue;
      }
      int groupStart = v;
      while (groupStart > 0 && v - groupStart < MAX_AUXILIARIES && isAuxiliary(s.token(groupStart - 1))) {
        groupStart--;
      }
      if (nonFinite(s, lower, groupStart, v)) {
        continue; // "to increase", "increasing": names an event without saying it happens
      }
      int clauseStart = ctx.clauses.clauseStart(s, lower, groupStart);
      Clauses.Negation inGroup = negatedGroup(lower, groupStart, v);
      boolean pending = inGroup == Clauses.Negation.PENDING
          || inGroup == Clauses.Negation.DENIED && v + 1 < lower.length && lower[v + 1].equals("yet"); // "have not left yet"
      boolean negated = !pending && (inGroup == Clauses.Negation.DENIED || negatedSubject(s, lower, clauseStart, groupStart));
      boolean coordinated = groupStart >= 1 && previousVerb == groupStart - 2
          && (lower[groupStart - 1].equals("and") || lower[groupStart - 1].equals("or"));
      negated |= coordinated && previousNegated; // "have not been arrested and charged"
      previousVerb = v;
      previousNegated = negated;
      String subject = subject(s, groupStart);
      String object = object(s, v);
      if (subject.isEmpty() && object.isEmpty()) {
        continue;
      }
      // the verb's own auxiliaries and the words right before them ("will meet", "plans to meet")
      Modality modality = pending ? Modality.PLANNED
          : ctx.clauses.modality(s, lower, Math.max(clauseStart, groupStart - MODALITY_REACH), v + 1);
      Statement value = new Statement(Clauses.join(s, groupStart, v + 1), lemma, subject, object);
      ctx.addOverlapping(new Draft(s.index(), groupStart, s.index(), v + 1, value, subject, lemma,
          negated ? Polarity.NEGATED : Polarity.ASSERTED, modality, ctx.attributions.of(s.index())));
    }
  }

  /** An infinitive ("to increase") or a participle with no auxiliary ("increasing production"). */
  private static boolean nonFinite(Sentence s, String[] lower, int groupStart, int verb) {
    boolean infinitive = groupStart > 0 && lower[groupStart - 1].equals("to") && groupStart == verb;
    boolean participle = groupStart == verb && lower[verb].endsWith("ing");
    return infinitive || participle;
  }

  /**
   * A negation inside the verb group: "did not meet", "has never been", "cannot stay"; pending for
   * "has not yet reopened"; none for "no longer", "whether or not", "not only".
   */
  private Clauses.Negation negatedGroup(String[] lower, int from, int verb) {
    var cues = ctx.lexicons.modality();
    for (int i = from; i < verb; i++) {
      if (cues.negation().matchAt(lower, i) > 0 && !ModalityCues.within(cues.nonNegations(), lower, i)) {
        return ModalityCues.within(cues.pendingNegations(), lower, i) ? Clauses.Negation.PENDING
            : Clauses.Negation.DENIED;
      }
    }
    return Clauses.Negation.NONE;
  }

  /** A denied subject right before the verb: "No gun has been recovered", "Nobody was hurt". */
  private boolean negatedSubject(Sentence s, String[] lower, int clauseStart, int groupStart) {
    for (int i = groupStart - 1; i >= clauseStart; i--) {
      if (s.token(i).isVerb() || s.token(i).isPunctuation()) {
        return false;
      }
      if (SUBJECT_NEGATORS.contains(lower[i])
          && !ModalityCues.within(ctx.lexicons.modality().nonNegations(), lower, i)) {
        return true; // not "no longer employs"
      }
    }
    return false;
  }

  private static final Set<String> SUBJECT_NEGATORS = Set.of("no", "nobody", "none", "nothing", "no-one", "neither");

  private static boolean isAuxiliary(Token t) {
    return t.tag().equals("AUX") || t.lower().equals("\u201C") || t.lower().equals("\"") || t.tag().equals("PART")
        || t.lower().equals("never") || t.lower().equals("not") || t.lower().equals("n't") // "n't" is tagged PUNCT at times
        || t.lower().equals("also") || t.lower().equals("already") || t.lower().equals("still")
        || t.lower().equals("yet");
  }

  private String subject(Sentence s, int before) {
    for (int i = before - 1; i >= 0; i--) {
      Token t = s.token(i);
      if (t.isPunctuation() && !t.lower().equals("'s") && !t.lower().equals(",")) {
        return ""; // a comma may close an appositive: "Two leaders of the sect in Bountiful, B.C., have"
      }
      if (t.isNoun() || t.tag().equals("PRON")) {
        return ctx.terms.term(t.text());
      }
      if (t.isVerb()) {
        return "";
      }
    }
    return "";
  }

  private String object(Sentence s, int verb) {
    for (int i = verb + 1; i < Math.min(s.size(), verb + 1 + OBJECT_REACH); i++) {
      Token t = s.token(i);
      if (t.isNoun()) {
        int head = i;
        while (head + 1 < s.size() && s.token(head + 1).isNoun()) {
          head++;
        }
        return ctx.terms.term(s.token(head).text());
      }
      if (t.isPunctuation() || t.isVerb()) {
        return "";
      }
    }
    return "";
  }
}
