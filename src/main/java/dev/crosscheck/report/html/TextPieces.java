package dev.crosscheck.report.html;

import dev.crosscheck.model.CleanText.TextRange;
import dev.crosscheck.report.html.ArticleView.BackRef;
import dev.crosscheck.report.html.ArticleView.Paragraph;
import dev.crosscheck.report.html.ArticleView.Piece;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Cuts a source's clean text into paragraphs of pieces: each cited sentence is a piece with its
 * anchor (on its first piece when it runs over a paragraph break) and the text between them are
 * plain pieces; the values findings use are marked, each linking to its finding.
 */
final class TextPieces {
  private TextPieces() {}

  static List<Paragraph> paragraphs(ArticleIndex idx, Map<TextRange, List<BackRef>> targets,
      List<Segments.Mark> marks, Function<TextRange, String> anchor) {
    String text = idx.clean();
    List<TextRange> paragraphs = new ArrayList<>(idx.article().article().clean().paragraphs());
    if (paragraphs.isEmpty()) {
      paragraphs.add(new TextRange(0, text.length()));
    }
    List<Map.Entry<TextRange, List<BackRef>>> pending = new ArrayList<>(targets.entrySet());
    List<Paragraph> out = new ArrayList<>();
    int next = 0; // first target whose anchor is not out yet
    for (TextRange p : paragraphs) {
      List<Piece> pieces = new ArrayList<>();
      // anchors of targets that fell outside every paragraph: at the start of the next one
      while (next < pending.size() && pending.get(next).getKey().end() <= p.start()) {
        var t = pending.get(next++);
        pieces.add(new Piece(anchor.apply(t.getKey()), List.of(), t.getValue()));
      }
      int at = p.start();
      for (int i = 0; i < pending.size(); i++) {
        TextRange t = pending.get(i).getKey();
        boolean empty = t.start() == t.end() && t.start() >= p.start() && t.start() < p.end();
        if (!empty && (t.end() <= p.start() || t.start() >= p.end())) {
          continue;
        }
        int s = Math.max(t.start(), at);
        int e = Math.max(s, Math.min(t.end(), p.end()));
        if (s > at) {
          pieces.add(plain(text, at, s, marks));
        }
        boolean first = i >= next;
        pieces.add(new Piece(first ? anchor.apply(t) : "", Segments.linked(text.substring(s, e), s, marks),
            first ? pending.get(i).getValue() : List.of()));
        next = Math.max(next, i + 1);
        at = e;
      }
      if (at < p.end()) {
        pieces.add(plain(text, at, p.end(), marks));
      }
      out.add(new Paragraph(pieces));
    }
    if (next < pending.size() && !out.isEmpty()) {
      List<Piece> last = new ArrayList<>(out.remove(out.size() - 1).pieces());
      for (int i = next; i < pending.size(); i++) {
        last.add(new Piece(anchor.apply(pending.get(i).getKey()), List.of(), pending.get(i).getValue()));
      }
      out.add(new Paragraph(last));
    }
    return out;
  }

  private static Piece plain(String text, int start, int end, List<Segments.Mark> marks) {
    return new Piece("", Segments.linked(text.substring(start, end), start, marks), List.of());
  }
}
