package dev.crosscheck.eval;

import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.StoryReport;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precision of agreements on a sample: the first {@value #SAMPLE} agreements by finding id (a hash of
 * story, rule and values: a fixed draw that does not favour a kind of value) of each story that has
 * omission labels, read by the Agreements table of labels/RUBRIC.md ({@code agreement-labels/*.json}).
 * {@code unlabelled} are those of the sample no one has read yet.
 */
public record AgreementScore(int stories, int sampled, Map<String, Integer> byLabel, List<Finding> unlabelled,
    double minPrecision) {
  public static final Set<String> LABELS = Set.of("true", "false-different", "false-conflict", "false-extraction");
  public static final int SAMPLE = 4;

  public AgreementScore {
    byLabel = java.util.Collections.unmodifiableMap(new TreeMap<>(byLabel));
    unlabelled = List.copyOf(unlabelled);
  }

  /** The agreement labels and bar of a suite, on the stories of its omission labels. */
  public static AgreementScore of(List<StoryReport> reports, EvalSuite suite) {
    return of(reports, OmissionScore.load(suite.root().resolve("omission-labels")).keySet(),
        SampleLabels.load(suite.root().resolve("agreement-labels"), LABELS, "agreement labels"),
        suite.minAgreementPrecision());
  }

  /** The sampled agreements of the {@code sampledStories}, scored by the labels. */
  public static AgreementScore of(List<StoryReport> reports, Set<String> sampledStories,
      Map<String, Map<String, String>> labels, double minPrecision) {
    Map<String, Integer> byLabel = new HashMap<>();
    int stories = 0;
    int sampled = 0;
    List<Finding> unlabelled = new java.util.ArrayList<>();
    for (StoryReport r : reports) {
      if (!sampledStories.contains(r.id())) {
        continue;
      }
      stories++;
      Map<String, String> ofStory = labels.getOrDefault(r.id(), Map.of());
      for (Finding f : sample(r.findings())) {
        sampled++;
        String label = ofStory.get(ConflictLabels.key(f));
        if (label == null) {
          unlabelled.add(f);
        } else {
          byLabel.merge(label, 1, Integer::sum);
        }
      }
    }
    return new AgreementScore(stories, sampled, byLabel, unlabelled, minPrecision);
  }

  /** The first {@value #SAMPLE} agreements of a story's findings by id. */
  static List<Finding> sample(List<Finding> findings) {
    return findings.stream().filter(f -> f.kind() == Kind.AGREEMENT).sorted(Comparator.comparing(Finding::id))
        .limit(SAMPLE).toList();
  }

  public int labelled() {
    return byLabel.values().stream().mapToInt(Integer::intValue).sum();
  }

  public double precision() {
    return labelled() == 0 ? 0 : byLabel.getOrDefault("true", 0) / (double) labelled();
  }

  public boolean passes() {
    return labelled() == 0 && minPrecision == 0 || precision() >= minPrecision;
  }

  public String render() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "agreements: %d sampled in %d stories (the first %d by id), %d labelled",
        sampled, stories, SAMPLE, labelled()));
    for (String l : List.of("true", "false-different", "false-conflict", "false-extraction")) {
      b.append(", ").append(l).append(' ').append(byLabel.getOrDefault(l, 0));
    }
    b.append(String.format(Locale.ROOT, ", unlabelled %d; precision %.3f (bar %.2f)%n", unlabelled.size(), precision(),
        minPrecision));
    return b.toString();
  }
}
