package dev.crosscheck.extract;

import dev.crosscheck.lexicon.Lexicons;
import dev.crosscheck.nlp.AnalyzedArticle;
import dev.crosscheck.nlp.Lemmas;
import dev.crosscheck.nlp.Sentence;
import dev.crosscheck.nlp.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the extractors share while reading one article: its sentences, the lexicons, the tokens
 * already taken by a value (so "July 28" is not also the number 28), the entity mentions and the
 * claims found so far.
 */
final class ArticleContext {
  final AnalyzedArticle article;
  final Lexicons lexicons;
  final Terms terms;
  final Lemmas lemmas;
  final LocalDate published;
  final Clauses clauses;
  final List<Draft> drafts = new ArrayList<>();
  private final boolean[][] used;
  private final java.util.Map<Integer, List<QuoteSpans.Span>> quotesOfParagraph = new java.util.HashMap<>();
  Mentions mentions = Mentions.NONE;
  java.util.Set<String> commonWords = java.util.Set.of();
  Attributions attributions;

  ArticleContext(AnalyzedArticle article, Lexicons lexicons, Terms terms, Lemmas lemmas) {
    this.article = article;
    this.lexicons = lexicons;
    this.terms = terms;
    this.lemmas = lemmas;
    this.published = article.article().meta().publishedDate();
    this.clauses = new Clauses(lexicons.modality(), lemmas, (sentence, token) -> {
      Mention m = mentions.covering(sentence, token);
      return m != null && (m.isPerson() || m.kind() == EntityKind.ORGANISATION);
    });
    this.used = new boolean[article.sentences().size()][];
    for (int i = 0; i < used.length; i++) {
      used[i] = new boolean[article.sentences().get(i).size()];
    }
  }

  List<Sentence> sentences() {
    return article.sentences();
  }

  boolean isUsed(int sentence, int token) {
    return used[sentence][token];
  }

  boolean anyUsed(int sentence, int from, int to) {
    for (int i = from; i < to; i++) {
      if (used[sentence][i]) {
        return true;
      }
    }
    return false;
  }

  void use(int sentence, int from, int to) {
    for (int i = from; i < to; i++) {
      used[sentence][i] = true;
    }
  }

  /**
   * Whether token {@code token} of sentence {@code sentence} stands inside quotation marks (see
   * {@link QuoteSpans}); the quotes of a paragraph are found once.
   */
  boolean quoted(int sentence, int token) {
    Sentence s = sentences().get(sentence);
    List<QuoteSpans.Span> spans = quotesOfParagraph.computeIfAbsent(s.paragraph(), p -> {
      dev.crosscheck.model.CleanText clean = article.article().clean();
      dev.crosscheck.model.CleanText.TextRange para = clean.paragraphs().get(p);
      return QuoteSpans.find(clean.text(), para.start(), para.end());
    });
    int at = s.token(token).start();
    for (QuoteSpans.Span q : spans) {
      if (at >= q.start() && at < q.end()) {
        return true;
      }
    }
    return false;
  }

  String lemma(Token t) {
    return lemmas.lemma(t);
  }

  /** Adds a claim about tokens [start, end) of a sentence, with modality and polarity read from its clause. */
  void add(int sentence, int start, int end, dev.crosscheck.model.Value value) {
    Sentence s = sentences().get(sentence);
    add(sentence, start, end, value, clauses.read(s, start, end));
  }

  /** Adds a claim whose clause was already read. */
  void add(int sentence, int start, int end, dev.crosscheck.model.Value value, Clauses.Reading r) {
    drafts.add(new Draft(sentence, start, sentence, end, value, r.subject(), r.predicate(), r.polarity(),
        r.modality(), attributions.of(sentence)));
    use(sentence, start, end);
  }

  /** Adds a claim without marking its tokens as taken (people, roles, statements overlap other values). */
  void addOverlapping(Draft draft) {
    drafts.add(draft);
  }
}
