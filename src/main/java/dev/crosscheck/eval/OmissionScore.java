package dev.crosscheck.eval;

import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.StoryReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Precision of the omissions a reader sees first: the first {@value #FIRST} omissions of each story that
 * has omission labels ({@code omission-labels/*.json}, labelled by the Omissions table of
 * labels/RUBRIC.md), found by story, rule, values as written and evidence sentences as conflict labels
 * are. {@code unlabelled()} are those of the first {@value #FIRST} no one has read yet. {@code tail} scores
 * the omissions a reader meets only behind "show all": those after the first {@value #FIRST} that carry a
 * label of {@code omission-tail-labels/} (a random sample, read once); it has no bar.
 */
public record OmissionScore(LabelTally tally, LabelTally tail, double minPrecision) {
  public static final List<String> LABELS = List.of("true", "false-present", "false-trivial", "false-extraction");
  public static final int FIRST = 5;

  /** Labels by story, then by key: story, rule, values and evidence sentences ({@link ConflictLabels#key}). */
  public static Map<String, Map<String, String>> load(Path dir) {
    return SampleLabels.load(dir, Set.copyOf(LABELS), "omission labels");
  }

  /**
   * The omission labels and bar of a suite: {@code omission-labels/}, {@code min_omission_precision}, and
   * the sample of the rest in {@code omission-tail-labels/}.
   */
  public static OmissionScore of(List<StoryReport> reports, EvalSuite suite) {
    return of(reports, load(suite.root().resolve("omission-labels")),
        load(suite.root().resolve("omission-tail-labels")), suite.minOmissionPrecision());
  }

  /**
   * The first {@value #FIRST} omissions of every story with a label, scored by {@code labels}; the
   * omissions after them that {@code tailLabels} holds, scored by those.
   */
  public static OmissionScore of(List<StoryReport> reports, Map<String, Map<String, String>> labels,
      Map<String, Map<String, String>> tailLabels, double minPrecision) {
    LabelTally first = LabelTally.of(reports, labels.keySet(), labels, findings -> omissions(findings).limit(FIRST)
        .toList());
    LabelTally tail = LabelTally.of(reports, tailLabels.keySet(), tailLabels, findings -> omissions(findings)
        .skip(FIRST).filter(f -> SampleLabels.has(tailLabels, f)).toList());
    return new OmissionScore(first, tail, minPrecision);
  }

  private static Stream<Finding> omissions(List<Finding> findings) {
    return findings.stream().filter(f -> f.kind() == Kind.OMISSION);
  }

  public List<Finding> unlabelled() {
    return tally.unlabelled();
  }

  public double precision() {
    return tally.precision();
  }

  public boolean passes() {
    return tally.stories() == 0 || precision() >= minPrecision;
  }

  public String render() {
    String first = String.format(Locale.ROOT, "omissions: the first %d of %d labelled stories: %d shown, %d labelled",
        FIRST, tally.stories(), tally.sampled(), tally.labelled()) + tally.counts(LABELS, minPrecision);
    if (tail.labelled() == 0) {
      return first;
    }
    return first + String.format(Locale.ROOT, "omissions after the first %d, a labelled sample: %d still reported",
        FIRST, tail.labelled()) + tail.countsWithoutBar(LABELS);
  }
}
