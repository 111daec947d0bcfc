package dev.crosscheck.model;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Objects;

/**
 * A point or length of time. Only the fields of its {@link TimeKind} are set: a {@code DATE} has a
 * month and day and maybe a year and weekday; a {@code WEEKDAY} only a weekday; a {@code MONTH} a month
 * and maybe a year; a {@code RELATIVE} its expression key ("today"); a {@code DURATION} an amount and a
 * unit (day, week, month, year, hour, minute). {@code resolved} tells that a relative expression was
 * turned into this value with the publication date.
 */
public record TimeValue(
    String text,
    TimeKind kind,
    Integer year,
    Integer month,
    Integer day,
    DayOfWeek weekday,
    String relative,
    Double amount,
    String unit,
    boolean resolved) implements Value {

  public TimeValue {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    boolean ok = switch (kind) {
      case DATE -> month != null && day != null;
      case WEEKDAY -> weekday != null;
      case MONTH -> month != null;
      case YEAR -> year != null;
      case RELATIVE -> relative != null;
      case DURATION -> amount != null && unit != null;
    };
    if (!ok) {
      throw new IllegalArgumentException("time value '" + text + "' lacks the fields of kind " + kind);
    }
    if (month != null && (month < 1 || month > 12)) {
      throw new IllegalArgumentException("month " + month + " out of range in '" + text + "'");
    }
    if (day != null && (day < 1 || day > 31)) {
      throw new IllegalArgumentException("day " + day + " out of range in '" + text + "'");
    }
  }

  public static TimeValue date(String text, Integer year, int month, int day, DayOfWeek weekday, boolean resolved) {
    return new TimeValue(text, TimeKind.DATE, year, month, day, weekday, null, null, null, resolved);
  }

  public static TimeValue weekday(String text, DayOfWeek weekday) {
    return new TimeValue(text, TimeKind.WEEKDAY, null, null, null, weekday, null, null, null, false);
  }

  public static TimeValue month(String text, Integer year, int month, boolean resolved) {
    return new TimeValue(text, TimeKind.MONTH, year, month, null, null, null, null, null, resolved);
  }

  public static TimeValue year(String text, int year, boolean resolved) {
    return new TimeValue(text, TimeKind.YEAR, year, null, null, null, null, null, null, resolved);
  }

  public static TimeValue relative(String text, String relative) {
    return new TimeValue(text, TimeKind.RELATIVE, null, null, null, null, relative, null, null, false);
  }

  public static TimeValue duration(String text, double amount, String unit) {
    return new TimeValue(text, TimeKind.DURATION, null, null, null, null, null, amount, unit, false);
  }

  @Override
  public ValueType type() {
    return ValueType.TIME;
  }

  @Override
  public String normalized() {
    return switch (kind) {
      case DATE -> (year == null ? "--" : digits(year, 4) + "-") + digits(month, 2) + "-" + digits(day, 2)
          + (weekday == null ? "" : " " + weekdayName(weekday));
      case WEEKDAY -> weekdayName(weekday);
      case MONTH -> year == null ? monthName(month) : digits(year, 4) + "-" + digits(month, 2);
      case YEAR -> Integer.toString(year);
      case RELATIVE -> relative;
      case DURATION -> Numbers.format(amount) + " " + unit + (amount == 1 ? "" : "s");
    };
  }

  /** {@code n} with leading zeros to {@code width} digits ("%0{width}d", without the formatter's cost). */
  private static String digits(int n, int width) {
    String s = Integer.toString(n);
    return s.length() >= width || n < 0 ? s : "0".repeat(width - s.length()) + s;
  }

  /** A date worked out from a weekday and the publication date ("Thursday"): its year and month were not written. */
  public boolean inferredFromWeekday() {
    return resolved && kind == TimeKind.DATE && weekday != null;
  }

  /** A year or a month, without a day. */
  public boolean coarse() {
    return kind == TimeKind.YEAR || kind == TimeKind.MONTH;
  }

  public static String weekdayName(DayOfWeek d) {
    String n = d.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }

  public static String monthName(int month) {
    String n = java.time.Month.of(month).name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }
}
