package dev.crosscheck.model;

import java.util.Objects;

/** A rank or ordinal: "three-star" is 3 {@link RankKind#STARS}, "first" 1 {@link RankKind#ORDINAL}, "No. 2". */
public record Rank(String text, RankKind kind, int position, String noun) implements Value {
  public Rank {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(noun, "noun");
    if (position < 0) {
      throw new IllegalArgumentException("negative rank " + position + " in '" + text + "'");
    }
  }

  @Override
  public ValueType type() {
    return ValueType.RANK;
  }

  @Override
  public String normalized() {
    return switch (kind) {
      case STARS -> position + "-star";
      case ORDINAL -> ordinal(position);
      case NUMBERED -> "No. " + position;
    };
  }

  private static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }
}
