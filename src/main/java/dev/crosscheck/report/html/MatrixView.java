package dev.crosscheck.report.html;

import java.util.List;

/** Findings × sources: for each finding, whether each source reports it, leaves it out or conflicts. */
public record MatrixView(List<SourceRef> columns, List<Row> rows) {
  public MatrixView {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  public boolean empty() {
    return rows.isEmpty();
  }

  public int size() {
    return rows.size();
  }

  /** The first {@code n} rows: what a reader sees before asking for all of them. */
  public MatrixView first(int n) {
    return new MatrixView(columns, rows.subList(0, Math.min(n, rows.size())));
  }

  /** The rows after the first {@code n}. */
  public MatrixView after(int n) {
    return new MatrixView(columns, rows.subList(Math.min(n, rows.size()), rows.size()));
  }

  /** One finding and its cells, one per column; {@code salienceWidth} is 0 to 100 (0: no bar). */
  public record Row(FindingView finding, List<Cell> cells, int salienceWidth) {
    public Row {
      cells = List.copyOf(cells);
    }

    public boolean showSalience() {
      return salienceWidth > 0;
    }
  }

  /**
   * A source's state for a finding, with the source's tag, a readable title and a link (to its
   * sentence or the conflict).
   */
  public record Cell(State state, String tag, String title, String href) {
    public boolean hasHref() {
      return !href.isEmpty();
    }

    public String cellClass() {
      return state.css;
    }

    public String symbol() {
      return state.symbol;
    }

    public String label() {
      return state.label;
    }
  }

  /** What a cell says. */
  public enum State {
    REPORTED("reported", "✓", "reported"),
    OMITTED("omitted", "–", "not reported"),
    NOT_YET("not-yet", "…", "not yet reported: published before the event"),
    CONFLICTING("conflicting", "≠", "reports a conflicting value");

    final String css;
    final String symbol;
    final String label;

    State(String css, String symbol, String label) {
      this.css = css;
      this.symbol = symbol;
      this.label = label;
    }
  }
}
