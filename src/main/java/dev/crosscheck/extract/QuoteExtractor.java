package dev.crosscheck.extract;

import dev.crosscheck.model.CleanText;
import dev.crosscheck.model.Modality;
import dev.crosscheck.model.Polarity;
import dev.crosscheck.model.Quote;
import dev.crosscheck.nlp.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Quotes and their speakers. A quote of fewer than {@code MIN_WORDS} words is a quoted term ("2+2",
 * “extended deterrence”), not speech, and is left out. A quote with no speaker of its own takes the
 * speaker named where it goes on when it is left open at the end of its paragraph, else the speaker
 * of the quote before it when it continues that speaker's words: in the same paragraph ("“We are at
 * a turning point,” Austin said. “Now is a critical phase.”"), or opening the next paragraph after a
 * paragraph that ended with that quote. Words of someone else in between, or a paragraph that goes
 * on after the quote, break the chain: the quote then has no speaker.
 */
final class QuoteExtractor {
  static final int MIN_WORDS = 4;
  private static final java.util.regex.Pattern GAPS = java.util.regex.Pattern.compile("\\.\\.\\.|…|\\[[^\\]]*\\]");
  /**
   * An apostrophe with spaces around it before a contraction's or possessive's ending ("I ’ m", "don ' t",
   * left by re-tokenised text) joins its word again; a single quotation mark does not ("Police 'locked
   * down' the area" keeps its words apart).
   */
  private static final java.util.regex.Pattern APOSTROPHE = java.util.regex.Pattern.compile(
      "(?<=\\p{L})\\s*['\u2019]\\s*(?=(?:s|t|m|d|re|ve|ll)(?!\\p{L}))");

  private final ArticleContext ctx;
  private final Speakers speakers;

  QuoteExtractor(ArticleContext ctx, Speakers speakers) {
    this.ctx = ctx;
    this.speakers = speakers;
  }

  /** A quote found in a paragraph, with the speaker its own sentences name (or none). */
  private record Found(int paragraph, int quoteStart, int quoteEnd, String quoted, List<String> words, Sentence first,
      Sentence last, int start, int end, Speaker own, boolean opensParagraph, boolean leftOpen) {}

  void extract() {
    List<Found> found = find();
    Speaker previous = Speaker.NONE;
    Found previousQuote = null;
    for (int k = 0; k < found.size(); k++) {
      Found f = found.get(k);
      Speaker speaker = f.own();
      if (!speaker.shown() && f.leftOpen() && k + 1 < found.size()) {
        // a quote left open goes on in the next paragraph, where its speaker may be named:
        // "“He was pretty shook up. ⏎ He tried to comfort her,” said Sgt. Marty Earley."
        Found next = found.get(k + 1);
        if (next.paragraph() == f.paragraph() + 1 && next.opensParagraph() && next.own().shown()) {
          speaker = next.own();
        }
      }
      if (!speaker.shown() && previousQuote != null && continues(previousQuote, previous, f)) {
        speaker = previous;
      }
      // a pronoun's guessed person is not the quote's subject: "he told" names no one
      String name = !speaker.known() ? speaker.text() : speaker.name().isEmpty() ? speaker.text() : speaker.name();
      Quote value = new Quote(f.quoted(), f.words(), speaker.text(), speaker.person() ? speaker.key() : "");
      ctx.addOverlapping(new Draft(f.first().index(), f.start(), f.last().index(), f.end(), value, name, "say",
          Polarity.ASSERTED, Modality.HAPPENED, name, f.quoteStart(), f.quoteEnd()));
      if (speaker.shown()) {
        previous = speaker;
        previousQuote = f;
      }
    }
  }

  /**
   * Whether quote {@code f}, which names no speaker, goes on with the words of {@code speaker}, said in
   * quote {@code before}: in the same paragraph, or opening the next one after a paragraph that ended
   * with that quote, with no one else's words between them ("“X,” Smith said. Jones disagreed. “Y.”"
   * is not Smith's Y).
   */
  private boolean continues(Found before, Speaker speaker, Found f) {
    boolean sameParagraph = before.paragraph() == f.paragraph();
    boolean nextParagraph = f.paragraph() == before.paragraph() + 1 && f.opensParagraph();
    if (!sameParagraph && !nextParagraph) {
      return false;
    }
    int from = before.last().index() + 1;
    int to = f.first().index();
    if (nextParagraph) {
      to = Math.min(to, firstSentenceOf(f.paragraph()));
    }
    for (int si = from; si < to; si++) {
      Speaker other = ctx.attributions.speaker(si);
      if (other.shown() && !other.key().equals(speaker.key()) || !other.shown() && !sameParagraph) {
        return false; // someone else speaks in between, or the speaker's paragraph goes on with other words
      }
    }
    return true;
  }

  private int firstSentenceOf(int paragraph) {
    for (Sentence s : ctx.sentences()) {
      if (s.paragraph() == paragraph) {
        return s.index();
      }
    }
    return ctx.sentences().size();
  }

  /** The quotes of the article, with the speakers their own sentences name. */
  private List<Found> find() {
    CleanText clean = ctx.article.article().clean();
    String text = clean.text();
    List<Found> out = new ArrayList<>();
    for (int p = 0; p < clean.paragraphs().size(); p++) {
      CleanText.TextRange para = clean.paragraphs().get(p);
      List<QuoteSpans.Span> spans = QuoteSpans.find(text, para.start(), para.end());
      if (spans.isEmpty()) {
        continue;
      }
      List<Sentence> sentences = sentencesOf(p);
      for (QuoteSpans.Span q : spans) {
        int quoteStart = q.start();
        int quoteEnd = q.end();
        while (quoteStart < quoteEnd && Character.isWhitespace(text.charAt(quoteStart))) {
          quoteStart++;
        }
        while (quoteEnd > quoteStart && Character.isWhitespace(text.charAt(quoteEnd - 1))) {
          quoteEnd--;
        }
        String quoted = text.substring(quoteStart, quoteEnd);
        List<String> words = words(quoted);
        if (words.stream().filter(w -> !w.equals(Quote.GAP)).count() < MIN_WORDS) {
          continue;
        }
        Sentence first = containing(sentences, q.start());
        Sentence last = containing(sentences, Math.max(q.start(), q.end() - 1));
        if (first == null || last == null || first.repeated()) {
          continue;
        }
        Speaker speaker = speakers.find(last, mask(last, spans));
        if (!speaker.shown() && first != last) {
          speaker = speakers.find(first, mask(first, spans));
        }
        int start = firstTokenAtOrAfter(first, q.start());
        int end = lastTokenEndingBy(last, q.end());
        if (start < 0 || end < 0 || (first == last && end <= start)) {
          continue;
        }
        out.add(new Found(p, quoteStart, quoteEnd, quoted, words, first, last, start, end, speaker,
            q.start() <= para.start() + 2, leftOpen(text, q, para)));
      }
    }
    return out;
  }

  /** Whether quote {@code q} runs to the end of its paragraph without a closing mark. */
  private static boolean leftOpen(String text, QuoteSpans.Span q, CleanText.TextRange para) {
    int end = para.end();
    while (end > q.end() && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return q.end() >= end;
  }

  /**
   * The quote's words, compared in American spelling ("neighbourhood" is "neighborhood") with
   * contractions spelt out ("didn't" is "did not"), gaps marked.
   */
  private List<String> words(String quoted) {
    List<String> words = new java.util.ArrayList<>();
    String[] pieces = GAPS.split(APOSTROPHE.matcher(quoted).replaceAll("'"), -1);
    for (int p = 0; p < pieces.length; p++) {
      if (p > 0 && !words.isEmpty()) {
        words.add(Quote.GAP);
      }
      StringBuilder spelt = new StringBuilder();
      for (String w : pieces[p].split("\\s+")) {
        spelt.append(ctx.lexicons.spelling().expand(w.toLowerCase(java.util.Locale.ROOT))).append(' ');
      }
      for (String w : NameKeys.words(spelt.toString())) {
        words.add(ctx.lexicons.fold(w));
      }
    }
    while (!words.isEmpty() && words.get(words.size() - 1).equals(Quote.GAP)) {
      words.remove(words.size() - 1);
    }
    return words;
  }

  private List<Sentence> sentencesOf(int paragraph) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : ctx.sentences()) {
      if (s.paragraph() == paragraph) {
        out.add(s);
      }
    }
    return out;
  }

  private static Sentence containing(List<Sentence> sentences, int offset) {
    Sentence best = null;
    for (Sentence s : sentences) {
      if (s.start() <= offset) {
        best = s;
      }
    }
    return best != null && offset <= best.end() ? best : best;
  }

  private static boolean[] mask(Sentence s, List<QuoteSpans.Span> spans) {
    boolean[] quoted = new boolean[s.size()];
    for (int i = 0; i < s.size(); i++) {
      int at = s.token(i).start();
      for (QuoteSpans.Span q : spans) {
        if (at >= q.start() - 1 && at < q.end() + 1) {
          quoted[i] = true;
        }
      }
    }
    return quoted;
  }

  private static int firstTokenAtOrAfter(Sentence s, int offset) {
    for (int i = 0; i < s.size(); i++) {
      if (s.token(i).start() >= offset) {
        return i;
      }
    }
    return -1;
  }

  private static int lastTokenEndingBy(Sentence s, int offset) {
    int end = -1;
    for (int i = 0; i < s.size(); i++) {
      if (s.token(i).end() <= offset) {
        end = i + 1;
      }
    }
    return end;
  }
}
