package dev.crosscheck.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** One of the values a finding compares: as written, normalised, and the sources that give it. */
public record FindingValue(String text, String normalized, List<String> sources) implements Serializable {
  public FindingValue {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(normalized, "normalized");
    sources = List.copyOf(sources);
  }
}
