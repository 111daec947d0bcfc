package dev.crosscheck.cli;

import dev.crosscheck.ingest.Corpus;
import dev.crosscheck.model.ProcessingError;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.StoryReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Puts a run's story results and errors together in a deterministic order. */
final class Reports {
  private Reports() {}

  static Report assemble(Corpus corpus, List<StoryReport> stories, String version) {
    List<ProcessingError> errors = new ArrayList<>(corpus.errors());
    for (StoryReport s : stories) {
      errors.addAll(s.errors());
    }
    errors.sort(Comparator.comparing(ProcessingError::story).thenComparing(ProcessingError::source)
        .thenComparing(ProcessingError::where).thenComparing(ProcessingError::what));
    List<StoryReport> sorted = new ArrayList<>(stories);
    sorted.sort(Comparator.comparing(StoryReport::id));
    return new Report(corpus.name(), version, sorted, errors);
  }
}
