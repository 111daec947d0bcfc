package dev.crosscheck.report.html;

import java.util.List;

/**
 * A source's clean text, by paragraph, each cut into pieces: the sentences findings cite (with an
 * anchor and links back to those findings) and the text between them, with claim values marked.
 */
public record ArticleView(SourceRef source, String title, String url, List<Paragraph> paragraphs) {
  public ArticleView {
    paragraphs = List.copyOf(paragraphs);
  }

  public boolean hasTitle() {
    return !title.isEmpty();
  }

  public boolean hasUrl() {
    return !url.isEmpty();
  }

  /** A paragraph of the clean text. */
  public record Paragraph(List<Piece> pieces) {
    public Paragraph {
      pieces = List.copyOf(pieces);
    }
  }

  /** A cited sentence (with an anchor) or the text around cited sentences (no anchor). */
  public record Piece(String anchor, List<Segments.Segment> segments, List<BackRef> refs) {
    public Piece {
      segments = List.copyOf(segments);
      refs = List.copyOf(refs);
    }

    public boolean hasAnchor() {
      return !anchor.isEmpty();
    }

    public boolean hasRefs() {
      return !refs.isEmpty();
    }
  }

  /** A link from a cited sentence back to a finding that cites it. */
  public record BackRef(String href, String label, String kind, String topic) {}
}
