package dev.crosscheck.report.html;

import java.util.List;

/**
 * One finding as shown: its anchor and short label ("C1", "O4", "A2"), kind, severity and rule,
 * what it is about, its values with their sources, its evidence sentences with the values marked
 * and links to the sentences in the source texts, the filter keys of who reported and who left it
 * out, and for a conflict the pairs of sentences it compares with why they were taken for one fact,
 * and whether it is an update between reports (the earlier value first).
 */
public record FindingView(
    String id,
    String anchor,
    String label,
    String kind,
    String severity,
    String rule,
    String topic,
    String message,
    String salience,
    List<ValueView> values,
    List<EvidenceView> evidence,
    List<SourceRef> reportedBy,
    List<SourceRef> omittedBy,
    String reportedKeys,
    String omittedKeys,
    List<ComparisonView> comparisons,
    boolean update) {

  public FindingView {
    values = List.copyOf(values);
    evidence = List.copyOf(evidence);
    reportedBy = List.copyOf(reportedBy);
    omittedBy = List.copyOf(omittedBy);
    comparisons = List.copyOf(comparisons);
  }

  public boolean hasComparisons() {
    return !comparisons.isEmpty();
  }

  /**
   * Two evidence sentences side by side, taken for one fact: how alike they are (0 to 1) and the words
   * their clauses share ("riot ~ violence": a word and the one standing for it).
   */
  public record ComparisonView(EvidenceView left, EvidenceView right, String similarity, String anchors) {
    public boolean hasAnchors() {
      return !anchors.isEmpty();
    }
  }

  public boolean hasOmittedBy() {
    return !omittedBy.isEmpty();
  }

  /** A value with the sources that give it; the normalised form is shown when it says more. */
  public record ValueView(String text, String normalized, List<SourceRef> sources) {
    public ValueView {
      sources = List.copyOf(sources);
    }

    public boolean showNormalized() {
      return !normalized.isBlank() && !normalized.equalsIgnoreCase(text.strip());
    }
  }

  /** An evidence sentence, cut into segments with the values marked, and where it sits in the text. */
  public record EvidenceView(SourceRef source, List<Segments.Segment> segments, String href) {
    public EvidenceView {
      segments = List.copyOf(segments);
    }

    public boolean hasHref() {
      return !href.isEmpty();
    }
  }
}
