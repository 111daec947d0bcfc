package dev.crosscheck.model;

import java.util.Locale;

/** How a claim's event stands in time and certainty. */
public enum Modality {
  /** Happened, or holds now. */
  HAPPENED,
  /** Planned, scheduled or expected. */
  PLANNED,
  /** Asked for, demanded or sought by someone. */
  REQUESTED,
  /** Reported by others, alleged. */
  REPORTED,
  /** Conditional or possible. */
  HYPOTHETICAL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Claims with these modalities state what is, was or will be, and can contradict each other. */
  public boolean isFactual() {
    return this == HAPPENED || this == PLANNED || this == REPORTED;
  }
}
