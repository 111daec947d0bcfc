package dev.crosscheck.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What one story gives: its JSON line (null when none of its articles was found, only problems),
 * its counts for the summary, its processing errors and its part of the gate (null with the JSON
 * line).
 */
record StoryResult(String story, String json, Counts counts, List<ErrorRecord> errors, StoryGate gate)
    implements Serializable {
  StoryResult {
    errors = List.copyOf(errors);
  }

  /** Problems met reading the corpus, with no story to check. */
  static StoryResult problems(String story, List<ErrorRecord> errors) {
    return new StoryResult(story, null, Counts.of(null, errors), errors, null);
  }

  /** How many of the story's findings reach --fail-on. */
  long failing() {
    return gate == null ? 0 : gate.failing();
  }
}
