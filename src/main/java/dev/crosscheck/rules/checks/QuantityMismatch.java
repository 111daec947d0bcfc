package dev.crosscheck.rules.checks;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Hedge;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.ValueType;
import dev.crosscheck.rules.Param;
import dev.crosscheck.rules.Rule;
import java.util.List;
import java.util.Set;

/**
 * Numbers of one slot whose intervals do not overlap. A hedge widens a number into an interval:
 * "more than 50,000" is [50,000, ∞), "about 54,000" is 54,000 ± about_tolerance, "nearly 30" is
 * [30 × (1 − nearly_tolerance), 30]. Two bounds of the same direction ("at least 3", "at least 5")
 * are two different counts and compare by their numbers, within about_tolerance. Scores compare as
 * pairs, in either order.
 */
public final class QuantityMismatch extends ValueConflictCheck {
  @Override
  public String name() {
    return "quantity-mismatch";
  }

  @Override
  public Set<ValueType> types() {
    return Set.of(ValueType.QUANTITY);
  }

  @Override
  public List<Param> parameters() {
    return List.of(Param.number("about_tolerance", 0, 1), Param.number("nearly_tolerance", 0, 1),
        Param.number("exact_tolerance", 0, 1), Param.number("max_ratio", 1, 1e12),
        Param.number("score_max_ratio", 1, 1e12));
  }

  /**
   * Two figures more than {@code max_ratio} times apart count two things, not one misreported: a
   * report gets a figure wrong by a digit or a rounding, not by an order of magnitude (a $200 ticket and
   * a $200 million deal, one wounded man and 24 dead). Two scores whose totals are more than {@code
   * score_max_ratio} times apart are two moments or games (24-20 at half-time, 83-58 late; a 9-14 record
   * and a 7-6 one): a misreported score is off by a few points on one side.
   */
  @Override
  boolean twoFacts(Rule rule, Claim a, Claim b) {
    Quantity x = (Quantity) a.value();
    Quantity y = (Quantity) b.value();
    if (x.isScore() && y.isScore()) {
      double u = x.amount() + x.upper();
      double v = y.amount() + y.upper();
      double ratio = rule.number("score_max_ratio", Double.MAX_VALUE);
      return Math.min(u, v) > 0 && Math.max(u, v) > ratio * Math.min(u, v);
    }
    double lo = Math.min(Math.abs(x.amount()), Math.abs(y.amount()));
    double hi = Math.max(Math.abs(x.amount()), Math.abs(y.amount()));
    return !x.isScore() && !y.isScore() && lo > 0 && hi > rule.number("max_ratio", Double.MAX_VALUE) * lo;
  }

  /** A figure can change between an early report and a later one (a toll of 49, then 50). */
  @Override
  boolean reportsUpdates() {
    return true;
  }

  @Override
  boolean compatible(Rule rule, Claim a, Claim b) {
    return overlap((Quantity) a.value(), (Quantity) b.value(), rule.number("about_tolerance", 0.1),
        rule.number("nearly_tolerance", 0.1), rule.number("exact_tolerance", 0));
  }

  public static boolean overlap(Quantity a, Quantity b, double about, double nearly, double exact) {
    if (a.isScore() || b.isScore()) {
      if (!(a.isScore() && b.isScore())) {
        return false;
      }
      return a.amount() == b.amount() && a.upper().equals(b.upper())
          || a.amount() == b.upper() && a.upper() == b.amount();
    }
    if (sameDirection(a.hedge(), b.hedge())) {
      // "at least 3" and "at least 5" state different counts though both can hold
      return Math.abs(a.amount() - b.amount()) <= about * Math.max(Math.abs(a.amount()), Math.abs(b.amount())) + 1e-9;
    }
    double[] x = interval(a, about, nearly, exact);
    double[] y = interval(b, about, nearly, exact);
    return x[0] <= y[1] && y[0] <= x[1] || a.hedge() == Hedge.EXACT && b.hedge() == Hedge.EXACT
        && (roundsTo(a.amount(), b.amount()) || roundsTo(b.amount(), a.amount()));
  }

  /**
   * {@code precise} rounds to {@code round} at the place of round's last significant digit, a coarser
   * place than precise's: "$43,000" and "$43,350", "$13 billion" and "$13.2 billion", "$100" and
   * "$99.99". Only a round figure of two significant digits or more, to hundreds or more ("$200
   * million" and "$184 million", "600" and "612" still differ), or a fraction rounded to a whole number;
   * "ten" and "nine", "35" and "36" still differ.
   */
  static boolean roundsTo(double round, double precise) {
    double placeOfRound = place(round);
    double placeOfPrecise = place(precise);
    if (placeOfRound <= placeOfPrecise || round == 0) {
      return false;
    }
    double apart = Math.abs(round - precise) - Math.abs(round) * 1e-9;
    if (placeOfRound >= 100 && Math.abs(round) >= 10 * placeOfRound) {
      return apart <= placeOfRound / 2;
    }
    return placeOfPrecise < 1 && placeOfRound >= 1 && apart <= 0.5; // a fraction rounded to a whole number
  }

  /** The place value of a number's last significant digit: 1,000 for 43,000, 0.1 for 13.2. */
  static double place(double v) {
    java.math.BigDecimal d = java.math.BigDecimal.valueOf(Math.abs(v)).stripTrailingZeros();
    return Math.pow(10, -d.scale());
  }

  private static boolean sameDirection(Hedge a, Hedge b) {
    boolean lowerA = a == Hedge.MORE_THAN || a == Hedge.AT_LEAST;
    boolean lowerB = b == Hedge.MORE_THAN || b == Hedge.AT_LEAST;
    boolean upperA = a == Hedge.LESS_THAN || a == Hedge.AT_MOST;
    boolean upperB = b == Hedge.LESS_THAN || b == Hedge.AT_MOST;
    return lowerA && lowerB || upperA && upperB;
  }

  static double[] interval(Quantity q, double about, double nearly, double exact) {
    double v = q.amount();
    double eps = Math.abs(v) * 1e-9;
    return switch (q.hedge()) {
      case EXACT -> new double[] {v - Math.abs(v) * exact - eps, v + Math.abs(v) * exact + eps};
      case ABOUT -> new double[] {v - Math.abs(v) * about, v + Math.abs(v) * about};
      case NEARLY -> new double[] {v - Math.abs(v) * nearly, v};
      case MORE_THAN, AT_LEAST -> new double[] {v - eps, Double.POSITIVE_INFINITY};
      case LESS_THAN, AT_MOST -> new double[] {Double.NEGATIVE_INFINITY, v + eps};
      case BETWEEN -> new double[] {v - eps, (q.upper() == null ? v : q.upper()) + eps};
    };
  }

  static boolean isHedged(Quantity q) {
    return q.hedge() != Hedge.EXACT;
  }
}
