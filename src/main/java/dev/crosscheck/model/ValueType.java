package dev.crosscheck.model;

import java.util.Locale;

/** The closed set of claim value types; the rule catalog names them in lower case. */
public enum ValueType {
  QUANTITY,
  RANK,
  TIME,
  PLACE,
  PERSON,
  ROLE,
  QUOTE,
  STATEMENT;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ValueType parse(String label) {
    for (ValueType t : values()) {
      if (t.label().equals(label)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown value type '" + label + "'");
  }
}
