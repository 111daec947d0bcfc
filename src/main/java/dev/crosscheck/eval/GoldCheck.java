package dev.crosscheck.eval;

import java.util.List;

/**
 * One expectation of a gold file: a finding that must appear (or must not), described by its kind,
 * a normalised value it carries, sources that report it ({@code only}: exactly those), and text its
 * evidence sentences contain. Empty parts match anything.
 */
public record GoldCheck(String story, String name, boolean expected, String kind, String value, List<String> sources,
    boolean only, List<String> evidence) {
  public GoldCheck {
    sources = List.copyOf(sources);
    evidence = List.copyOf(evidence);
  }
}
