package dev.crosscheck.ingest;

import dev.crosscheck.model.ProcessingError;
import java.nio.file.Path;
import java.util.List;

/**
 * A corpus as found on disk: its name (the directory or feed file name), its stories sorted by id,
 * and the problems met while walking it (unreadable entries, symlink loops, broken JSON lines).
 */
public record Corpus(String name, Path root, List<StoryInput> stories, List<ProcessingError> errors) {
  public Corpus {
    stories = List.copyOf(stories);
    errors = List.copyOf(errors);
  }

  public int articleCount() {
    return stories.stream().mapToInt(s -> s.sources().size()).sum();
  }
}
