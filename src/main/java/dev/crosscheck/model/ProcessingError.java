package dev.crosscheck.model;

import java.util.Objects;

/**
 * A problem with one input that did not stop the run: the source (or file) concerned, what went
 * wrong, and where (a file, a line of a JSONL feed). {@code severity} is "error" when the input was
 * skipped and "note" when it was processed with a change (cut, re-decoded).
 */
public record ProcessingError(String story, String source, String what, String where, String severity) {
  public ProcessingError {
    story = story == null ? "" : story;
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(what, "what");
    where = where == null ? "" : where;
    Objects.requireNonNull(severity, "severity");
  }

  public static ProcessingError error(String story, String source, String what, String where) {
    return new ProcessingError(story, source, what, where, "error");
  }

  public static ProcessingError note(String story, String source, String what, String where) {
    return new ProcessingError(story, source, what, where, "note");
  }
}
