package dev.crosscheck.extract;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ContextTerm;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.OffsetMap;
import dev.crosscheck.nlp.Sentence;
import dev.crosscheck.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Turns drafts into claims: sorted by position, numbered ("001_41f2#7"), with the evidence sentence
 * and the value mapped to offsets in the original text, and the content words around the value.
 */
final class ClaimFactory {
  /** Prepositions that frame nearly any value ("in Tokyo", "on Sunday", "at 6 p.m."): no clue to the slot. */
  /** How many sentences back a sentence opening with "he" or "she" looks for the person it means. */
  private static final int PRONOUN_LOOKBACK = 2;
  private static final Set<String> GENERIC_PREPOSITIONS = Set.of("in", "on", "at", "of", "for", "with", "about");

  private final ArticleContext ctx;
  private final Set<String> stopwords;

  ClaimFactory(ArticleContext ctx) {
    this.ctx = ctx;
    this.stopwords = ctx.lexicons.stopwords();
  }

  List<Claim> build(List<Draft> drafts) {
    List<Draft> sorted = new ArrayList<>(drafts);
    sorted.sort(Comparator.comparingInt(Draft::sentence)
        .thenComparingInt(Draft::start)
        .thenComparing(d -> d.value().type())
        .thenComparingInt(Draft::end)
        .thenComparing(d -> d.value().normalized()));
    Article article = ctx.article.article();
    OffsetMap map = article.clean().map();
    List<Claim> out = new ArrayList<>(sorted.size());
    java.util.Map<Integer, List<String>> peopleBySentence = new java.util.HashMap<>();
    for (Draft d : sorted) {
      Sentence first = ctx.sentences().get(d.sentence());
      Sentence last = ctx.sentences().get(d.endSentence());
      int sentenceStart = map.toOriginalStart(first.start());
      int sentenceEnd = map.toOriginalEnd(last.end());
      String text = first == last ? first.text()
          : article.clean().text().substring(first.start(), last.end());
      Evidence evidence = new Evidence(article.source(), text, sentenceStart, sentenceEnd);
      int valueStart = map.toOriginalStart(d.textStart() >= 0 ? d.textStart() : first.token(d.start()).start());
      int valueEnd = map.toOriginalEnd(d.textEnd() >= 0 ? d.textEnd() : last.token(Math.max(0, d.end() - 1)).end());
      valueStart = Math.max(sentenceStart, Math.min(valueStart, sentenceEnd));
      valueEnd = Math.max(valueStart, Math.min(valueEnd, sentenceEnd));
      out.add(new Claim(article.source() + "#" + (out.size() + 1), article.source(), d.value(), d.subject(),
          d.predicate(), d.polarity(), d.modality(), d.attribution(), evidence, valueStart, valueEnd,
          d.sentence(), context(first, d), peopleBySentence.computeIfAbsent(d.sentence(), this::people)));
    }
    return out;
  }

  /**
   * The keys of the people the sentence is about, sorted. A sentence that names no one and opens with
   * "he" or "she" ("She was 85.") speaks of the person a sentence just before names alone or first.
   */
  private List<String> people(int sentence) {
    java.util.TreeSet<String> keys = named(sentence);
    if (keys.isEmpty() && opensWithPersonalPronoun(ctx.sentences().get(sentence))) {
      for (int back = sentence - 1; back >= Math.max(0, sentence - PRONOUN_LOOKBACK); back--) {
        List<Mention> persons = ctx.mentions.in(back).stream().filter(Mention::isPerson).toList();
        if (!persons.isEmpty()) {
          if (persons.size() == 1 || persons.get(0).start() == 0) {
            keys.add(persons.get(0).key());
          }
          break;
        }
      }
    }
    return new ArrayList<>(keys);
  }

  /** The people the sentence names, but the one it quotes or reports ("..., Sheriff Pickell said"). */
  private java.util.TreeSet<String> named(int sentence) {
    java.util.TreeSet<String> keys = new java.util.TreeSet<>();
    for (Mention m : ctx.mentions.in(sentence)) {
      if (m.isPerson()) {
        keys.add(m.key());
      }
    }
    keys.remove(ctx.attributions.speaker(sentence).key());
    return keys;
  }

  /** Which tokens of the sentence are words of a person's name. */
  private boolean[] personNameTokens(Sentence s) {
    boolean[] out = new boolean[s.size()];
    for (Mention m : ctx.mentions.in(s.index())) {
      if (m.isPerson()) {
        java.util.Arrays.fill(out, m.start(), Math.min(m.end(), out.length), true);
      }
    }
    return out;
  }

  private static boolean opensWithPersonalPronoun(Sentence s) {
    String first = s.size() > 0 ? s.lowerTokens()[0] : "";
    return first.equals("he") || first.equals("she");
  }

  /** Content words of the sentence outside the value, with their distance in tokens from it. */
  private List<ContextTerm> context(Sentence s, Draft d) {
    int start = d.start();
    int end = d.endSentence() == d.sentence() ? d.end() : s.size();
    List<ContextTerm> out = new ArrayList<>();
    boolean[] names = personNameTokens(s);
    String[] lower = s.lowerTokens();
    int clauseFrom = ctx.clauses.clauseStart(s, lower, start);
    int clauseTo = ctx.clauses.clauseEnd(s, lower, end);
    for (int i = 0; i < s.size(); i++) {
      if (i >= start && i < end) {
        continue;
      }
      Token t = s.token(i);
      if (!t.isContent() || stopwords.contains(t.lower()) || !t.text().chars().anyMatch(Character::isLetter)) {
        continue;
      }
      int distance = i < start ? start - i : i - end + 1;
      String lemma = t.isProperNoun() || t.isNumber() ? t.lower() : ctx.lemma(t);
      out.add(new ContextTerm(ctx.terms.term(t.text()), distance, names[i], lemma, t.tag(),
          i >= clauseFrom && i < clauseTo));
    }
    if (start > 0 && s.token(start - 1).tag().equals("ADP") && !GENERIC_PREPOSITIONS.contains(s.token(start - 1).lower())) {
      // the preposition that frames the value: "by March" (a deadline), "since 2010" (a start)
      String preposition = s.token(start - 1).lower();
      out.add(new ContextTerm("@" + preposition, 1, false, preposition, "ADP", true));
    }
    return out;
  }
}
