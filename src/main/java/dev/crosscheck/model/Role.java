package dev.crosscheck.model;

import java.util.Objects;

/**
 * A role given to a person: "Defense Secretary Lloyd Austin". {@code role} is the normalised role
 * ("defense secretary"), {@code qualifier} the country or body it belongs to ("united states"), or
 * empty; {@code holder} and {@code holderKey} name the person as {@link Person} does.
 */
public record Role(String text, String role, String qualifier, String holder, String holderKey) implements Value {
  public Role {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(holderKey, "holderKey");
  }

  @Override
  public ValueType type() {
    return ValueType.ROLE;
  }

  /** The role as a slot name: "united states defense secretary". */
  public String slot() {
    return qualifier.isEmpty() ? role : qualifier + " " + role;
  }

  @Override
  public String normalized() {
    return holderKey;
  }
}
