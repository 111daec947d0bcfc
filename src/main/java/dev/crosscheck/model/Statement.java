package dev.crosscheck.model;

import java.util.Objects;

/**
 * An event or state a sentence asserts or denies: its predicate's lemma and the heads of its subject
 * and object. Its polarity and modality are the claim's.
 */
public record Statement(String text, String predicate, String subject, String object) implements Value {
  public Statement {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(object, "object");
  }

  @Override
  public ValueType type() {
    return ValueType.STATEMENT;
  }

  @Override
  public String normalized() {
    return (subject + " " + predicate + " " + object).trim();
  }
}
