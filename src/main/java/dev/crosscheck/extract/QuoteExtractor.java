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
 * “extended deterrence”), not speech, and is left out. A quote with no speaker of its own that opens
 * a paragraph continues the quote of the paragraph before, and takes its speaker.
 */
final class QuoteExtractor {
  static final int MIN_WORDS = 4;
  private static final java.util.regex.Pattern GAPS = java.util.regex.Pattern.compile("\\.\\.\\.|…|\\[[^\\]]*\\]");
  /** An apostrophe with spaces around it ("I ’ m", left by re-tokenised text) joins its word again. */
  private static final java.util.regex.Pattern APOSTROPHE =
      java.util.regex.Pattern.compile("(?<=\\p{L})\\s*['\u2019]\\s*(?=\\p{L})");

  private final ArticleContext ctx;
  private final Speakers speakers;

  QuoteExtractor(ArticleContext ctx, Speakers speakers) {
    this.ctx = ctx;
    this.speakers = speakers;
  }

  void extract() {
    CleanText clean = ctx.article.article().clean();
    String text = clean.text();
    Speaker previous = Speaker.NONE;
    int previousParagraph = -10;
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
        boolean opensParagraph = q.start() <= para.start() + 2;
        boolean continues = previousParagraph == p || opensParagraph && p - previousParagraph == 1;
        if (!speaker.shown() && continues) {
          speaker = previous;
        }
        int start = firstTokenAtOrAfter(first, q.start());
        int end = lastTokenEndingBy(last, q.end());
        if (start < 0 || end < 0 || (first == last && end <= start)) {
          continue;
        }
        // a pronoun's guessed person is not the quote's subject: "he told" names no one
        String name = !speaker.known() ? speaker.text() : speaker.name().isEmpty() ? speaker.text() : speaker.name();
        Quote value = new Quote(quoted, words, speaker.text(), speaker.person() ? speaker.key() : "");
        ctx.addOverlapping(new Draft(first.index(), start, last.index(), end, value, name, "say", Polarity.ASSERTED,
            Modality.HAPPENED, name, quoteStart, quoteEnd));
        if (speaker.shown()) {
          previous = speaker;
          previousParagraph = p;
        }
      }
    }
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
