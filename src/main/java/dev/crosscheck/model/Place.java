package dev.crosscheck.model;

import java.util.Objects;

/**
 * A place. {@code name} is the gazetteer's name when known, else the text; {@code within} lists the
 * keys of the places that contain it (a city's region and country), so "Tokyo" and "Japan" agree.
 */
public record Place(String text, String name, PlaceLevel level, java.util.List<String> within) implements Value {
  public Place {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    within = java.util.List.copyOf(within);
  }

  @Override
  public ValueType type() {
    return ValueType.PLACE;
  }

  @Override
  public String normalized() {
    return name;
  }

  /** The comparison key of a place name. */
  public String key() {
    return name.toLowerCase(java.util.Locale.ROOT);
  }
}
