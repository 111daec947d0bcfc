package dev.crosscheck.group;

import java.util.Locale;

/**
 * How articles are put into stories ({@code --group-by}): {@code folder}, the corpus as laid out
 * (each directory a story, a JSON article's {@code story} field when present); {@code field}, only
 * the {@code story} field, every other article in a story of its own file; {@code auto}, folders
 * and fields ignored, stories found by content.
 */
public enum GroupBy {
  FOLDER, FIELD, AUTO;

  public static final String ALLOWED = "folder, field, auto";

  public static GroupBy parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "folder" -> FOLDER;
      case "field" -> FIELD;
      case "auto" -> AUTO;
      default -> throw new IllegalArgumentException("unknown --group-by mode '" + text + "'; expected one of " + ALLOWED);
    };
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
