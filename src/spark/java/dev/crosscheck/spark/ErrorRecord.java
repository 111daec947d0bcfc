package dev.crosscheck.spark;

import dev.crosscheck.model.ProcessingError;

/** A {@link ProcessingError} as it travels between Spark stages. */
record ErrorRecord(String story, String source, String what, String where, String severity) implements Item {
  static ErrorRecord of(ProcessingError e) {
    return new ErrorRecord(e.story(), e.source(), e.what(), e.where(), e.severity());
  }

  ProcessingError toModel() {
    return new ProcessingError(story, source, what, where, severity);
  }

  /**
   * Sorts as the command line sorts a report's errors: by story, source, where, then what. U+0000
   * between the fields keeps a shorter field first, as the field-by-field comparison does.
   */
  String sortKey() {
    return story + '\0' + source + '\0' + where + '\0' + what;
  }
}
