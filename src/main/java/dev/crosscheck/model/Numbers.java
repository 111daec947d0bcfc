package dev.crosscheck.model;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Formatting of numbers in normalised values: no exponent, no trailing zeros, every digit written
 * ("1234.56", not "1234.5"), at most 15 significant digits so that the noise of binary floating point
 * ("2009999.9999999998") does not show.
 */
public final class Numbers {
  private static final MathContext SIGNIFICANT = new MathContext(15);

  private Numbers() {}

  public static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
  }
}
