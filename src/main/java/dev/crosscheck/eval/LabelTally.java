package dev.crosscheck.eval;

import dev.crosscheck.model.Finding;
import dev.crosscheck.model.StoryReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A sample of findings scored by their labels ({@link SampleLabels}): how many stories and findings
 * were sampled, the count of each label, and the findings of the sample no one has labelled yet.
 * Precision is the share of {@code true} among the labelled.
 */
public record LabelTally(int stories, int sampled, Map<String, Integer> byLabel, List<Finding> unlabelled) {
  public LabelTally {
    byLabel = Collections.unmodifiableMap(new TreeMap<>(byLabel));
    unlabelled = List.copyOf(unlabelled);
  }

  /** Each report of {@code stories} sampled by {@code sample}, its findings found in {@code labels} by key. */
  static LabelTally of(List<StoryReport> reports, Set<String> stories, Map<String, Map<String, String>> labels,
      Function<List<Finding>, List<Finding>> sample) {
    Map<String, Integer> byLabel = new HashMap<>();
    List<Finding> unlabelled = new ArrayList<>();
    int storyCount = 0;
    int sampled = 0;
    for (StoryReport r : reports) {
      if (!stories.contains(r.id())) {
        continue;
      }
      storyCount++;
      Map<String, String> ofStory = labels.getOrDefault(r.id(), Map.of());
      for (Finding f : sample.apply(r.findings())) {
        sampled++;
        String label = ofStory.get(ConflictLabels.key(f));
        if (label == null) {
          unlabelled.add(f);
        } else {
          byLabel.merge(label, 1, Integer::sum);
        }
      }
    }
    return new LabelTally(storyCount, sampled, byLabel, unlabelled);
  }

  public int labelled() {
    return byLabel.values().stream().mapToInt(Integer::intValue).sum();
  }

  public double precision() {
    return labelled() == 0 ? 0 : byLabel.getOrDefault("true", 0) / (double) labelled();
  }

  /** ", true 58, false-present 42, …, unlabelled 0; precision 0.468 (bar 0.45)" with the labels in this order. */
  String counts(List<String> labels, double bar) {
    return labelCounts(labels) + String.format(Locale.ROOT, ", unlabelled %d; precision %.3f (bar %.2f)%n",
        unlabelled.size(), precision(), bar);
  }

  /** ", true 11, false-present 12, …; precision 0.275": a sample with no bar, every finding of it labelled. */
  String countsWithoutBar(List<String> labels) {
    return labelCounts(labels) + String.format(Locale.ROOT, "; precision %.3f%n", precision());
  }

  private String labelCounts(List<String> labels) {
    StringBuilder b = new StringBuilder();
    for (String l : labels) {
      b.append(", ").append(l).append(' ').append(byLabel.getOrDefault(l, 0));
    }
    return b.toString();
  }
}
