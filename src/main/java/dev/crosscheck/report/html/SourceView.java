package dev.crosscheck.report.html;

/** A row of a story's source table. {@code url} is empty unless it is an http or https address. */
public record SourceView(SourceRef ref, String file, String title, String outlet, String url, String published,
    int words, int claims) {

  public boolean hasUrl() {
    return !url.isEmpty();
  }
}
