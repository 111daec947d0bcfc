package dev.crosscheck.ingest;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the publication dates found in metadata: ISO dates and times, and "July 28, 2024" forms. */
final class Dates {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?i)\\b([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]{3,9})\\.?,?\\s+(\\d{4})\\b");

  private Dates() {}

  static Optional<LocalDate> parseDay(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(text);
    if (m.find()) {
      return day(m.group(1), m.group(2), m.group(3));
    }
    m = SLASHED.matcher(text);
    if (m.find()) {
      return day(m.group(1), m.group(2), m.group(3));
    }
    m = MONTH_DAY_YEAR.matcher(text);
    if (m.find()) {
      Optional<Integer> month = month(m.group(1));
      if (month.isPresent()) {
        return day(m.group(3), month.get().toString(), m.group(2));
      }
    }
    m = DAY_MONTH_YEAR.matcher(text);
    if (m.find()) {
      Optional<Integer> month = month(m.group(2));
      if (month.isPresent()) {
        return day(m.group(3), month.get().toString(), m.group(1));
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (Month month : Month.values()) {
      String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      if (full.equals(n) || (n.length() >= 3 && full.startsWith(n))) {
        return Optional.of(month.getValue());
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> day(String year, String month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
