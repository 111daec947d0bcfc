package dev.crosscheck.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lower-case phrases of one or more tokens, matched against token sequences; the longest phrase
 * starting at a position wins. Phrases are split on spaces, so "at least" matches the tokens
 * {@code at}, {@code least}.
 */
public final class PhraseSet {
  private final Map<String, List<String[]>> byFirst = new HashMap<>();
  private final List<String> phrases;

  public PhraseSet(Collection<String> phrases) {
    this.phrases = List.copyOf(phrases);
    for (String phrase : phrases) {
      String[] tokens = phrase.toLowerCase(Locale.ROOT).trim().split("\\s+");
      if (tokens.length == 0 || tokens[0].isEmpty()) {
        continue;
      }
      byFirst.computeIfAbsent(tokens[0], k -> new ArrayList<>()).add(tokens);
    }
    for (List<String[]> list : byFirst.values()) {
      list.sort(Comparator.comparingInt((String[] t) -> t.length).reversed());
    }
  }

  public static PhraseSet of(String... phrases) {
    return new PhraseSet(Arrays.asList(phrases));
  }

  /** The length in tokens of the longest phrase starting at {@code lower[at]}, or 0. */
  public int matchAt(String[] lower, int at) {
    if (at < 0 || at >= lower.length) {
      return 0;
    }
    List<String[]> candidates = byFirst.get(lower[at]);
    if (candidates == null) {
      return 0;
    }
    for (String[] phrase : candidates) {
      if (at + phrase.length <= lower.length && matches(lower, at, phrase)) {
        return phrase.length;
      }
    }
    return 0;
  }

  /** The length of the longest phrase ending just before {@code lower[end]}, or 0. */
  public int matchEndingAt(String[] lower, int end) {
    int best = 0;
    for (int start = Math.max(0, end - 6); start < end; start++) {
      int n = matchAt(lower, start);
      if (n > 0 && start + n == end) {
        best = Math.max(best, n);
      }
    }
    return best;
  }

  /** Whether some phrase occurs in {@code lower[from, to)}. */
  public boolean occursIn(String[] lower, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, lower.length); i++) {
      int n = matchAt(lower, i);
      if (n > 0 && i + n <= to) {
        return true;
      }
    }
    return false;
  }

  public boolean contains(String singleToken) {
    List<String[]> candidates = byFirst.get(singleToken);
    if (candidates == null) {
      return false;
    }
    for (String[] p : candidates) {
      if (p.length == 1) {
        return true;
      }
    }
    return false;
  }

  public List<String> phrases() {
    return phrases;
  }

  private static boolean matches(String[] lower, int at, String[] phrase) {
    for (int k = 0; k < phrase.length; k++) {
      if (!phrase[k].equals(lower[at + k])) {
        return false;
      }
    }
    return true;
  }
}
