package dev.crosscheck.rules;

import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order a reader sees a story's omissions in: by salience, but spread over what the sources add,
 * so that the first screen does not hold six quotes that one outlet alone gives. Each omission counts
 * {@value #REPEAT} times its salience for every omission already placed that the same sources report.
 * Other findings keep their order.
 */
final class ReadingOrder {
  static final double REPEAT = 0.8;

  private ReadingOrder() {}

  /** {@code sorted} (by {@link RuleEngine#ORDER}) with its omissions in reading order. */
  static List<Finding> of(List<Finding> sorted) {
    List<Finding> out = new ArrayList<>(sorted.size());
    List<Finding> omissions = new ArrayList<>();
    for (Finding f : sorted) {
      if (f.kind() == Kind.OMISSION) {
        omissions.add(f);
      } else {
        if (!omissions.isEmpty()) {
          out.addAll(spread(omissions));
          omissions.clear();
        }
        out.add(f);
      }
    }
    out.addAll(spread(omissions));
    return out;
  }

  private static List<Finding> spread(List<Finding> omissions) {
    List<Finding> left = new ArrayList<>(omissions);
    List<Finding> out = new ArrayList<>(omissions.size());
    Map<List<String>, Integer> placed = new HashMap<>();
    while (!left.isEmpty()) {
      int best = 0;
      double bestScore = -1;
      for (int i = 0; i < left.size(); i++) {
        Finding f = left.get(i);
        double score = f.salience() * Math.pow(REPEAT, placed.getOrDefault(f.reportedBy(), 0));
        if (score > bestScore) { // strictly greater: ties keep the sorted order
          best = i;
          bestScore = score;
        }
      }
      Finding f = left.remove(best);
      placed.merge(f.reportedBy(), 1, Integer::sum);
      out.add(f);
    }
    return out;
  }
}
