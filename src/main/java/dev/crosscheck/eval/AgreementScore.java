package dev.crosscheck.eval;

import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.StoryReport;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Precision of agreements on a sample: the first {@value #SAMPLE} agreements by finding id (a hash of
 * story, rule and values: a fixed draw that does not favour a kind of value) of each story that has
 * omission labels, read by the Agreements table of labels/RUBRIC.md ({@code agreement-labels/*.json}).
 * {@code unlabelled()} are those of the sample no one has read yet.
 */
public record AgreementScore(LabelTally tally, double minPrecision) {
  public static final List<String> LABELS = List.of("true", "false-different", "false-conflict", "false-extraction");
  public static final int SAMPLE = 4;

  /** The agreement labels and bar of a suite, on the stories of its omission labels. */
  public static AgreementScore of(List<StoryReport> reports, EvalSuite suite) {
    return of(reports, OmissionScore.load(suite.root().resolve("omission-labels")).keySet(),
        SampleLabels.load(suite.root().resolve("agreement-labels"), Set.copyOf(LABELS), "agreement labels"),
        suite.minAgreementPrecision());
  }

  /** The sampled agreements of the {@code sampledStories}, scored by the labels. */
  public static AgreementScore of(List<StoryReport> reports, Set<String> sampledStories,
      Map<String, Map<String, String>> labels, double minPrecision) {
    return new AgreementScore(LabelTally.of(reports, sampledStories, labels, AgreementScore::sample), minPrecision);
  }

  /** The first {@value #SAMPLE} agreements of a story's findings by id. */
  static List<Finding> sample(List<Finding> findings) {
    return findings.stream().filter(f -> f.kind() == Kind.AGREEMENT).sorted(Comparator.comparing(Finding::id))
        .limit(SAMPLE).toList();
  }

  public List<Finding> unlabelled() {
    return tally.unlabelled();
  }

  public double precision() {
    return tally.precision();
  }

  public boolean passes() {
    return tally.labelled() == 0 && minPrecision == 0 || precision() >= minPrecision;
  }

  public String render() {
    return String.format(Locale.ROOT, "agreements: %d sampled in %d stories (the first %d by id), %d labelled",
        tally.sampled(), tally.stories(), SAMPLE, tally.labelled()) + tally.counts(LABELS, minPrecision);
  }
}
