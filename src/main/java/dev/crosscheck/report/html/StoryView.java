package dev.crosscheck.report.html;

import java.util.List;

/** A story: its sources, its conflicts, the omission and agreement matrices, and the source texts. */
public record StoryView(String id, String anchor, String note, List<SourceView> sources,
    List<FindingView> conflicts, MatrixView omissions, MatrixView agreements, List<ArticleView> articles,
    String grouping) {

  public StoryView {
    sources = List.copyOf(sources);
    conflicts = List.copyOf(conflicts);
    articles = List.copyOf(articles);
    grouping = grouping == null ? "" : grouping;
  }

  /** A story grouped by the corpus's folders. */
  public StoryView(String id, String anchor, String note, List<SourceView> sources, List<FindingView> conflicts,
      MatrixView omissions, MatrixView agreements, List<ArticleView> articles) {
    this(id, anchor, note, sources, conflicts, omissions, agreements, articles, "");
  }

  /** How the story's articles were grouped, in words, when not by the corpus's folders. */
  public boolean hasGrouping() {
    return !grouping.isEmpty();
  }

  public boolean hasNote() {
    return !note.isEmpty();
  }

  public int conflictCount() {
    return conflicts.size();
  }

  /** The omissions shown first, the strongest ({@value #LEAD_OMISSIONS}); the rest are behind "Show all". */
  public static final int LEAD_OMISSIONS = 5;

  public MatrixView leadOmissions() {
    return omissions.first(LEAD_OMISSIONS);
  }

  public MatrixView moreOmissions() {
    return omissions.after(LEAD_OMISSIONS);
  }

  public boolean hasMoreOmissions() {
    return omissions.size() > LEAD_OMISSIONS;
  }

  public boolean hasFindings() {
    return !conflicts.isEmpty() || !omissions.empty() || !agreements.empty();
  }
}
