package dev.crosscheck.extract;

/** What a proper-noun mention names, as far as the heuristics can tell. */
enum EntityKind {
  PERSON,
  PLACE,
  ORGANISATION,
  /** A proper noun not yet classed: a surname mentioned alone, a product, an event. */
  OTHER
}
