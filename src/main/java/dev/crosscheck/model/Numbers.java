package dev.crosscheck.model;

import java.math.BigDecimal;

/** Formatting of numbers in normalised values: no exponent, no trailing zeros. */
public final class Numbers {
  private Numbers() {}

  public static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
