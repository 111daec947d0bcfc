package dev.crosscheck.model;

import java.util.Locale;

/** What a finding says of its slot: the sources agree, some leave it out, or they contradict each other. */
public enum Kind {
  CONFLICT,
  OMISSION,
  AGREEMENT;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Kind parse(String label) {
    for (Kind k : values()) {
      if (k.label().equals(label)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown kind '" + label + "'; expected agreement, omission or conflict");
  }
}
