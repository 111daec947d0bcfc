package dev.crosscheck.eval;

import java.util.List;
import java.util.Objects;

/**
 * A planted omission: {@code delete}, a sentence of {@code source} that states a fact (its value as
 * written is {@code value}), is taken out of the source; {@code others} still state the fact, in the
 * sentences {@code othersSay}. crosscheck must then report the fact as an omission that the source
 * leaves out. The cases of {@code omission-cases/} are made from the planted conflicts by
 * {@code make_omission_cases.py}.
 */
public record OmissionCase(String name, String story, String type, String source, String delete, String value,
    List<String> others, List<String> othersSay) {
  public OmissionCase {
    Objects.requireNonNull(name, "name");
    others = List.copyOf(others);
    othersSay = List.copyOf(othersSay);
  }
}
