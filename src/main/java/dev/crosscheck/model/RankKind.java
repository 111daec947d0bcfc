package dev.crosscheck.model;

/** What a rank counts: stars of an officer, a place in an order, a numbered position. */
public enum RankKind {
  STARS,
  ORDINAL,
  NUMBERED
}
