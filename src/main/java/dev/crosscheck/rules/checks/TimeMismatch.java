package dev.crosscheck.rules.checks;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.TimeKind;
import dev.crosscheck.model.TimeValue;
import dev.crosscheck.model.ValueType;
import dev.crosscheck.rules.Param;
import dev.crosscheck.rules.Rule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Times of one slot that cannot both hold: years, months, days or weekdays that differ where both
 * values give them. A date and the weekday it falls on agree; "Sunday" and "March" cannot be
 * compared. Durations compare by length.
 */
public final class TimeMismatch extends ValueConflictCheck {
  @Override
  public String name() {
    return "time-mismatch";
  }

  @Override
  public Set<ValueType> types() {
    return Set.of(ValueType.TIME);
  }

  @Override
  public List<Param> parameters() {
    return List.of(Param.number("duration_tolerance", 0, 1), Param.number("duration_max_ratio", 1, 1000),
        Param.number("max_year_gap", 0, 1000));
  }

  /**
   * Two lengths of time more than {@code duration_max_ratio} times apart ("12 hours", "four days") are
   * two spans, not one misreported: of 55 duration conflicts read on clean stories, 3 were real, none
   * of them with lengths more than three times apart. Two dates more than {@code max_year_gap} years
   * apart are two events too (a career's start and a later conviction, a 1972 story and a 2005
   * article): a report gets a year wrong by a few years, not by decades.
   */
  @Override
  boolean twoFacts(Rule rule, Claim a, Claim b) {
    TimeValue x = (TimeValue) a.value();
    TimeValue y = (TimeValue) b.value();
    if (x.year() != null && y.year() != null && x.kind() != TimeKind.DURATION && y.kind() != TimeKind.DURATION
        && Math.abs(x.year() - y.year()) > rule.number("max_year_gap", Double.MAX_VALUE)) {
      return true;
    }
    if (x.kind() != TimeKind.DURATION || y.kind() != TimeKind.DURATION) {
      return false;
    }
    double u = days(x);
    double v = days(y);
    return Math.max(u, v) > rule.number("duration_max_ratio", 3) * Math.min(u, v);
  }

  private static double days(TimeValue t) {
    return t.amount() * UNIT_DAYS.getOrDefault(t.unit(), 1.0);
  }

  @Override
  boolean compatible(Rule rule, Claim a, Claim b) {
    return compatible((TimeValue) a.value(), (TimeValue) b.value(), rule.number("duration_tolerance", 0));
  }

  public static boolean compatible(TimeValue a, TimeValue b, double durationTolerance) {
    boolean da = a.kind() == TimeKind.DURATION;
    boolean db = b.kind() == TimeKind.DURATION;
    if (da || db) {
      if (!(da && db)) {
        return true;
      }
      double x = days(a);
      double y = days(b);
      return Math.abs(x - y) <= Math.max(x, y) * durationTolerance + 1e-9;
    }
    if ((a.resolved() || b.resolved()) && sameWords(a.text(), b.text())) {
      return true; // "Thursday" and "Thursday": what differs was inferred from two publication dates, not written
    }
    if (a.kind() == TimeKind.RELATIVE || b.kind() == TimeKind.RELATIVE) {
      return a.kind() != b.kind() || Objects.equals(a.relative(), b.relative()) || !a.resolved() || !b.resolved();
    }
    if (a.inferredFromWeekday() && b.coarse() || b.inferredFromWeekday() && a.coarse()) {
      return true; // "Thursday" resolved to a date says nothing of the year or month it was not given
    }
    if (a.year() != null && b.year() != null && !a.year().equals(b.year())) {
      return false;
    }
    if (a.month() != null && b.month() != null && !a.month().equals(b.month())) {
      return false;
    }
    if (a.day() != null && b.day() != null && !a.day().equals(b.day())) {
      return false;
    }
    DayOfWeek wa = weekday(a);
    DayOfWeek wb = weekday(b);
    return wa == null || wb == null || wa == wb;
  }

  /** The same words, whatever their case, spacing and punctuation ("Feb. 17", "feb 17"). */
  private static boolean sameWords(String x, String y) {
    return letters(x).equals(letters(y));
  }

  private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  private static String letters(String text) {
    return NOT_LETTERS.matcher(text.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
  }

  private static DayOfWeek weekday(TimeValue t) {
    if (t.weekday() != null) {
      return t.weekday();
    }
    if (t.year() != null && t.month() != null && t.day() != null) {
      try {
        return LocalDate.of(t.year(), t.month(), t.day()).getDayOfWeek();
      } catch (RuntimeException e) {
        return null;
      }
    }
    return null;
  }

  private static final java.util.Map<String, Double> UNIT_DAYS = java.util.Map.of(
      "second", 1.0 / 86400, "minute", 1.0 / 1440, "hour", 1.0 / 24, "day", 1.0, "week", 7.0,
      "fortnight", 14.0, "month", 30.436875, "year", 365.2425, "decade", 3652.425, "century", 36524.25);
}
