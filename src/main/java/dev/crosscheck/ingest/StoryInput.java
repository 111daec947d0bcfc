package dev.crosscheck.ingest;

import java.util.List;

/** A story's articles before they are read, sorted by source id. */
public record StoryInput(String id, List<SourceInput> sources) {
  public StoryInput {
    sources = List.copyOf(sources);
  }
}
