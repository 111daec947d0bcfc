package dev.crosscheck.model;

import java.util.List;
import java.util.Objects;

/**
 * One thing a source says: a typed value about a subject, with its polarity, modality, attribution
 * and the sentence it was read from. {@code valueStart}/{@code valueEnd} locate the value's words in
 * the source's original text; {@code context} holds the nearby content words used to align claims of
 * different sources, and {@code people} the name keys of the people its sentence names.
 */
public record Claim(
    String id,
    String source,
    Value value,
    String subject,
    String predicate,
    Polarity polarity,
    Modality modality,
    String attribution,
    Evidence evidence,
    int valueStart,
    int valueEnd,
    int sentence,
    List<ContextTerm> context,
    List<String> people) {

  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(evidence, "evidence");
    if (valueStart < evidence.start() || valueEnd > evidence.end() || valueEnd < valueStart) {
      throw new IllegalArgumentException("claim " + id + ": value offsets [" + valueStart + ", " + valueEnd
          + ") fall outside its sentence [" + evidence.start() + ", " + evidence.end() + ")");
    }
    context = List.copyOf(context);
    people = List.copyOf(people);
  }

  public ValueType type() {
    return value.type();
  }
}
