package dev.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingValue;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.Severity;
import dev.crosscheck.model.StoryReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The agreement sample: the first four agreements by id of each sampled story, scored by their labels. */
class AgreementScoreTest {
  private static Finding finding(String id, Kind kind, String value) {
    return new Finding(id, "s", kind == Kind.AGREEMENT ? "CC401" : "CC301", kind, Severity.NOTE, "the figure", "m",
        List.of(new FindingValue(value, value, List.of("a", "b"))), List.of("a", "b"), List.of(),
        List.of(new Evidence("a", "They said " + value + ".", 0, 10 + value.length())), 0);
  }

  private static StoryReport story(String id, List<Finding> findings) {
    return new StoryReport(id, List.of(), findings, "", List.of(), List.of(), null);
  }

  @Test
  void theSampleIsTheFirstFourAgreementsById() {
    List<Finding> findings = new ArrayList<>();
    for (String id : List.of("F6", "F2", "F5", "F1", "F4", "F3")) {
      findings.add(finding(id, Kind.AGREEMENT, id));
    }
    findings.add(finding("F0", Kind.OMISSION, "F0"));
    assertThat(AgreementScore.sample(findings)).extracting(Finding::id).containsExactly("F1", "F2", "F3", "F4");
  }

  @Test
  void precisionCountsTheLabelledOfTheSampledStoriesOnly() {
    Finding agreed = finding("F1", Kind.AGREEMENT, "nine");
    Finding joined = finding("F2", Kind.AGREEMENT, "ten");
    Finding unread = finding("F3", Kind.AGREEMENT, "eleven");
    Map<String, Map<String, String>> labels = Map.of("s", Map.of(ConflictLabels.key(agreed), "true",
        ConflictLabels.key(joined), "false-different"));
    List<StoryReport> reports = List.of(story("s", List.of(agreed, joined, unread)),
        story("other", List.of(finding("F9", Kind.AGREEMENT, "nine"))));
    AgreementScore score = AgreementScore.of(reports, Set.of("s"), labels, 0.5);
    assertThat(score.tally().sampled()).isEqualTo(3);
    assertThat(score.tally().labelled()).isEqualTo(2);
    assertThat(score.unlabelled()).containsExactly(unread);
    assertThat(score.precision()).isEqualTo(0.5);
    assertThat(score.passes()).isTrue();
  }
}
