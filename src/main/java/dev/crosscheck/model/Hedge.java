package dev.crosscheck.model;

import java.util.Locale;

/** How a number is qualified: "more than 50,000" is {@link #MORE_THAN}. */
public enum Hedge {
  EXACT,
  ABOUT,
  NEARLY,
  MORE_THAN,
  AT_LEAST,
  LESS_THAN,
  AT_MOST,
  BETWEEN;

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
