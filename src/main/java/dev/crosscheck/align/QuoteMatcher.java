package dev.crosscheck.align;

import java.util.List;

/**
 * Compares quotes word by word: the longest common subsequence of their words, over the shorter
 * quote's length. A partial quote of a longer one scores 1.
 */
public final class QuoteMatcher {
  private QuoteMatcher() {}

  public static double overlap(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    return (double) lcs(a, b) / Math.min(a.size(), b.size());
  }

  public static int lcs(List<String> a, List<String> b) {
    int[] prev = new int[b.size() + 1];
    int[] cur = new int[b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= b.size(); j++) {
        cur[j] = a.get(i - 1).equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.size()];
  }

  /** Whether {@code part}'s words occur in {@code whole} as one contiguous run. */
  public static boolean containedIn(List<String> part, List<String> whole) {
    if (part.size() > whole.size()) {
      return false;
    }
    return java.util.Collections.indexOfSubList(whole, part) >= 0;
  }
}
