package dev.crosscheck.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.Severity;
import dev.crosscheck.model.ValueType;
import java.util.List;
import java.util.Objects;

/**
 * A rule of the catalog: stable id, name, kind, severity, the check that implements it, the value
 * types it applies to, its parameters, a message template with named placeholders, a description
 * and an example. {@code file} and {@code line} say where it was defined.
 */
public record Rule(
    String id,
    String name,
    Kind kind,
    Severity severity,
    String check,
    List<ValueType> appliesTo,
    JsonNode parameters,
    String message,
    String description,
    String example,
    String file,
    int line) {

  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    appliesTo = List.copyOf(appliesTo);
  }

  public boolean appliesTo(ValueType type) {
    return appliesTo.contains(type);
  }

  public double number(String parameter, double fallback) {
    JsonNode n = parameters.get(parameter);
    return n == null || !n.isNumber() ? fallback : n.asDouble();
  }

  public String text(String parameter, String fallback) {
    JsonNode n = parameters.get(parameter);
    return n == null || !n.isValueNode() ? fallback : n.asText();
  }

  public List<String> strings(String parameter) {
    JsonNode n = parameters.get(parameter);
    if (n == null || !n.isArray()) {
      return List.of();
    }
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    n.forEach(x -> out.add(x.asText()));
    return out;
  }

  public Rule withSeverity(Severity newSeverity) {
    return new Rule(id, name, kind, newSeverity, check, appliesTo, parameters, message, description, example, file,
        line);
  }
}
