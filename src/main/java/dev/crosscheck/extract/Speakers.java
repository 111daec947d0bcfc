package dev.crosscheck.extract;

import dev.crosscheck.nlp.Sentence;
import dev.crosscheck.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds who a sentence or a quote is attributed to: "X said", "said X", "X told reporters",
 * "according to X", a role standing for its holder ("the Defence Secretary said"), a pronoun standing
 * for the last person named, or a group ("officials say").
 */
final class Speakers {
  private static final Set<String> PRONOUNS = Set.of("he", "she");
  private static final int MAX_GAP = 10;

  private final ArticleContext ctx;
  private final Map<String, String> fullNames = new HashMap<>();
  private final Map<String, String> holders = new HashMap<>();

  Speakers(ArticleContext ctx) {
    this.ctx = ctx;
    for (Mention m : ctx.mentions.all()) {
      if (m.isPerson()) {
        if (m.size() >= 2) {
          fullNames.putIfAbsent(m.key(), m.text());
        }
        if (m.role() != null && m.role().current()) {
          holders.putIfAbsent(m.role().role(), m.key());
          if (!m.role().qualifier().isEmpty()) {
            holders.putIfAbsent(m.role().qualifier() + " " + m.role().role(), m.key());
          }
        }
      }
    }
  }

  /** Attributions of every sentence. */
  Attributions attributions() {
    List<Speaker> out = new ArrayList<>();
    for (Sentence s : ctx.sentences()) {
      out.add(find(s, new boolean[s.size()]));
    }
    return new Attributions(out);
  }

  /** The speaker of sentence {@code s}, looking only at tokens outside {@code quoted}. */
  Speaker find(Sentence s, boolean[] quoted) {
    String[] lower = s.lowerTokens();
    for (int i = 0; i + 1 < s.size(); i++) {
      if (!quoted[i] && lower[i].equals("according") && lower[i + 1].equals("to")) {
        Speaker sp = after(s, i + 2);
        if (sp.shown()) {
          return sp;
        }
      }
    }
    for (int v = 0; v < s.size(); v++) {
      if (quoted[v] || !isSpeechVerb(s.token(v))) {
        continue;
      }
      Speaker sp = before(s, v, quoted);
      if (!sp.shown()) {
        sp = after(s, v + 1);
      }
      if (sp.shown()) {
        return sp;
      }
    }
    return Speaker.NONE;
  }

  boolean isSpeechVerb(Token t) {
    return t.isVerb() && ctx.lexicons.modality().speechVerbs().contains(ctx.lemma(t));
  }

  /**
   * The subject before a speech verb at v: a name, a role, a group noun or a pronoun, right before
   * it or before an appositive between commas ("Bensu Elianita, a resident of Aceh, said").
   */
  private Speaker before(Sentence s, int v, boolean[] quoted) {
    int i = v - 1;
    while (i >= 0 && !quoted[i] && (s.token(i).tag().equals("ADV") || s.token(i).tag().equals("AUX")
        || s.token(i).lower().equals("heard"))) {
      i--; // "Jeffs is heard saying"
    }
    if (i >= 0 && !quoted[i] && s.token(i).lower().equals(",")) {
      int open = i - 1;
      while (open >= 0 && !quoted[open] && !s.token(open).lower().equals(",") && i - open <= MAX_GAP) {
        open--;
      }
      if (open < 0 || quoted[open] || !s.token(open).lower().equals(",")) {
        return Speaker.NONE;
      }
      i = open - 1;
    }
    if (i < 0 || quoted[i]) {
      return Speaker.NONE;
    }
    Token t = s.token(i);
    Mention m = ctx.mentions.covering(s.index(), i);
    if (m != null) {
      return m.isPerson() || m.kind() == EntityKind.OTHER || m.kind() == EntityKind.ORGANISATION ? of(m)
          : Speaker.NONE;
    }
    RolePhrase role = roleEndingAt(s, i + 1);
    if (role != null) {
      return ofRole(role);
    }
    if (PRONOUNS.contains(t.lower())) {
      return pronoun(t, s.index(), i);
    }
    if (t.isNoun() && !t.isProperNoun()) {
      return new Speaker(t.text(), "", ctx.lemma(t), false);
    }
    return Speaker.NONE;
  }

  /**
   * A pronoun speaker: shown with the last person named, but without a key, since a guess about
   * who "she" is must not make a speaker conflict.
   */
  private Speaker pronoun(Token t, int sentence, int token) {
    Speaker last = lastPersonBefore(sentence, token);
    String name = last.known() ? (last.name().isEmpty() ? last.text() : last.name()) : "";
    return new Speaker(t.text(), name, "", false);
  }

  /** The speaker named right after position {@code at} ("said Austin", "according to the minister"). */
  private Speaker after(Sentence s, int at) {
    int i = at;
    while (i < s.size() && (s.token(i).lower().equals("the") || s.token(i).lower().equals(","))) {
      i++;
    }
    if (i >= s.size()) {
      return Speaker.NONE;
    }
    Mention m = ctx.mentions.startingAt(s.index(), i);
    if (m != null && (m.isPerson() || m.kind() == EntityKind.OTHER || m.kind() == EntityKind.ORGANISATION)) {
      Mention second = m.end() + 1 < s.size() && s.token(m.end()).lower().equals("and")
          ? ctx.mentions.startingAt(s.index(), m.end() + 1) : null;
      return second != null && second.isPerson() ? both(of(m), of(second)) : of(m);
    }
    for (RolePhrase r : ctx.mentions.bareRoles(s.index())) {
      if (r.start() == i || r.start() == at) {
        return ofRole(r);
      }
    }
    Token t = s.token(i);
    if (PRONOUNS.contains(t.lower())) {
      return pronoun(t, s.index(), i);
    }
    return Speaker.NONE;
  }

  private RolePhrase roleEndingAt(Sentence s, int end) {
    for (RolePhrase r : ctx.mentions.bareRoles(s.index())) {
      if (r.end() == end) {
        return r;
      }
    }
    return null;
  }

  /** Two speakers of one quote ("said Zadan and Meron"): both names, both keys' words. */
  private static Speaker both(Speaker a, Speaker b) {
    java.util.TreeSet<String> words = new java.util.TreeSet<>();
    words.addAll(java.util.List.of(a.key().split(" ")));
    words.addAll(java.util.List.of(b.key().split(" ")));
    return new Speaker(a.text() + " and " + b.text(), "", String.join(" ", words), true);
  }

  Speaker of(Mention m) {
    if (m.isPerson()) {
      String full = fullNames.getOrDefault(m.key(), m.text());
      return new Speaker(m.text(), full, m.key(), true);
    }
    return new Speaker(m.text(), "", m.key(), m.kind() == EntityKind.OTHER);
  }

  private Speaker ofRole(RolePhrase r) {
    String key = holders.get(r.qualifier().isEmpty() ? r.role() : r.qualifier() + " " + r.role());
    if (key == null) {
      key = holders.get(r.role());
    }
    if (key != null) {
      return new Speaker(r.text(), fullNames.getOrDefault(key, ""), key, true);
    }
    return new Speaker(r.text(), "", "", false); // a title whose holder the article does not name
  }

  /** The last person named before token {@code token} of sentence {@code sentence}. */
  Speaker lastPersonBefore(int sentence, int token) {
    for (int si = sentence; si >= Math.max(0, sentence - 6); si--) {
      List<Mention> list = ctx.mentions.in(si);
      for (int k = list.size() - 1; k >= 0; k--) {
        Mention m = list.get(k);
        if (m.isPerson() && (si < sentence || m.end() <= token)) {
          return of(m);
        }
      }
    }
    return Speaker.NONE;
  }
}
