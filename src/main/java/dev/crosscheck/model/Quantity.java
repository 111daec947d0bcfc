package dev.crosscheck.model;

import java.util.Objects;

/**
 * A number with its unit or counted noun. {@code amount} is the number as stated; {@code upper} is
 * the second number of a range ("between 16 and 18") or of a score ("88-72"), else null. The unit is
 * a normalised key: a currency code ("usd"), "percent", "score", "age", or the counted noun's stem
 * ("troop", "people"); empty when nothing is counted.
 */
public record Quantity(String text, double amount, Double upper, Hedge hedge, String unit) implements Value {
  public Quantity {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(hedge, "hedge");
    Objects.requireNonNull(unit, "unit");
    if (Double.isNaN(amount) || Double.isInfinite(amount)) {
      throw new IllegalArgumentException("quantity amount is not finite: " + amount + " in '" + text + "'");
    }
  }

  @Override
  public ValueType type() {
    return ValueType.QUANTITY;
  }

  /** A score or record ("88-72"): two numbers compared as a pair. */
  public boolean isScore() {
    return "score".equals(unit) && upper != null;
  }

  @Override
  public String normalized() {
    String number = upper == null ? Numbers.format(amount)
        : Numbers.format(amount) + (isScore() ? "-" : "..") + Numbers.format(upper);
    String hedged = hedge == Hedge.EXACT || hedge == Hedge.BETWEEN ? number : hedge.label() + " " + number;
    return unit.isEmpty() ? hedged : hedged + " " + unit;
  }
}
