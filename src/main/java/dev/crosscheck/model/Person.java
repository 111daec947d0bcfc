package dev.crosscheck.model;

import java.util.Objects;

/**
 * A named person as written. {@code key} is the name normalised for comparison: lower case, accents
 * and punctuation removed, tokens sorted, so "Kihara Minoru" and "Minoru Kihara" share it while
 * "Anthony Blinken" and "Antony Blinken" do not.
 */
public record Person(String text, String key) implements Value {
  public Person {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(key, "key");
  }

  @Override
  public ValueType type() {
    return ValueType.PERSON;
  }

  @Override
  public String normalized() {
    return key;
  }
}
