package dev.crosscheck.model;

/**
 * The typed value of a claim. {@link #text()} is the value as written; {@link #normalized()} is its
 * canonical form, equal for values that say the same thing ("1.5 million" and "1,500,000").
 */
public sealed interface Value permits Quantity, Rank, TimeValue, Place, Person, Role, Quote, Statement {
  ValueType type();

  String text();

  String normalized();
}
