package dev.crosscheck.eval;

import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.StoryReport;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precision of the omissions a reader sees first: the first {@code firstN} omissions of each story that
 * has omission labels ({@code omission-labels/*.json}, labelled by the Omissions table of
 * labels/RUBRIC.md), found by story, rule, values as written and evidence sentences as conflict labels
 * are. {@code unlabelled} are those of the first {@code firstN} no one has read yet.
 */
public record OmissionScore(int stories, int firstN, int shown, Map<String, Integer> byLabel, List<Finding> unlabelled,
    double minPrecision) {
  public static final Set<String> LABELS = Set.of("true", "false-present", "false-trivial", "false-extraction");
  public static final int FIRST = 5;

  public OmissionScore {
    byLabel = java.util.Collections.unmodifiableMap(new TreeMap<>(byLabel));
    unlabelled = List.copyOf(unlabelled);
  }

  /** Labels by story, then by key: story, rule, values and evidence sentences ({@link ConflictLabels#key}). */
  public static Map<String, Map<String, String>> load(Path dir) {
    return SampleLabels.load(dir, LABELS, "omission labels");
  }

  /** The omission labels and bar of a suite: {@code omission-labels/}, {@code min_omission_precision}. */
  public static OmissionScore of(List<StoryReport> reports, EvalSuite suite) {
    return of(reports, load(suite.root().resolve("omission-labels")), suite.minOmissionPrecision());
  }

  /** The first {@value #FIRST} omissions of every story with a label, scored by the labels. */
  public static OmissionScore of(List<StoryReport> reports, Map<String, Map<String, String>> labels,
      double minPrecision) {
    Map<String, Integer> byLabel = new HashMap<>();
    int stories = 0;
    int shown = 0;
    List<Finding> unlabelled = new java.util.ArrayList<>();
    for (StoryReport r : reports) {
      Map<String, String> ofStory = labels.get(r.id());
      if (ofStory == null) {
        continue;
      }
      stories++;
      List<Finding> first = r.findings().stream().filter(f -> f.kind() == Kind.OMISSION).limit(FIRST).toList();
      for (Finding f : first) {
        shown++;
        String label = ofStory.get(ConflictLabels.key(f));
        if (label == null) {
          unlabelled.add(f);
        } else {
          byLabel.merge(label, 1, Integer::sum);
        }
      }
    }
    return new OmissionScore(stories, FIRST, shown, byLabel, unlabelled, minPrecision);
  }

  public int labelled() {
    return byLabel.values().stream().mapToInt(Integer::intValue).sum();
  }

  public double precision() {
    return labelled() == 0 ? 0 : byLabel.getOrDefault("true", 0) / (double) labelled();
  }

  public boolean passes() {
    return stories == 0 || precision() >= minPrecision;
  }

  public String render() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "omissions: the first %d of %d labelled stories: %d shown, %d labelled",
        firstN, stories, shown, labelled()));
    for (String l : List.of("true", "false-present", "false-trivial", "false-extraction")) {
      b.append(", ").append(l).append(' ').append(byLabel.getOrDefault(l, 0));
    }
    b.append(String.format(Locale.ROOT, ", unlabelled %d; precision %.3f (bar %.2f)%n", unlabelled.size(), precision(),
        minPrecision));
    return b.toString();
  }
}
