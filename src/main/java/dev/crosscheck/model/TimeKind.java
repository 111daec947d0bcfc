package dev.crosscheck.model;

/** The granularity of a time value. */
public enum TimeKind {
  /** A day of a month, the year known or not. */
  DATE,
  /** A day of the week not resolved to a date. */
  WEEKDAY,
  /** A month, the year known or not. */
  MONTH,
  /** A year. */
  YEAR,
  /** A relative expression ("today", "earlier this year") not resolved for want of a publication date. */
  RELATIVE,
  /** A length of time ("for 35 days"). */
  DURATION
}
