package dev.crosscheck.model;

/** What kind of place a name denotes, as far as the gazetteer knows. */
public enum PlaceLevel {
  AREA,
  COUNTRY,
  REGION,
  CITY,
  /** Not in the gazetteer: found from context ("in X", a dateline). */
  UNKNOWN
}
