package dev.crosscheck.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** A parameter a check accepts: its name and what values are valid. */
public record Param(String name, Type type, double min, double max, Set<String> choices) {
  /** The shapes of parameter values. */
  public enum Type { NUMBER, CHOICE, LIST }

  public static Param number(String name, double min, double max) {
    return new Param(name, Type.NUMBER, min, max, Set.of());
  }

  public static Param choice(String name, String... choices) {
    return new Param(name, Type.CHOICE, 0, 0, Set.of(choices));
  }

  public static Param list(String name) {
    return new Param(name, Type.LIST, 0, 0, Set.of());
  }

  /** The problem with {@code value}, or null when it is valid. */
  String problem(JsonNode value) {
    return switch (type) {
      case NUMBER -> value.isNumber() && value.asDouble() >= min && value.asDouble() <= max ? null
          : "parameter '" + name + "' must be a number from " + min + " to " + max + ", not " + value;
      case CHOICE -> value.isTextual() && choices.contains(value.asText()) ? null
          : "parameter '" + name + "' must be one of " + new java.util.TreeSet<>(choices) + ", not " + value;
      case LIST -> value.isArray() ? null : "parameter '" + name + "' must be a list, not " + value;
    };
  }
}
