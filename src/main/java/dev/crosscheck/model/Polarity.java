package dev.crosscheck.model;

/** Whether a claim is stated or denied. */
public enum Polarity {
  ASSERTED,
  NEGATED;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
