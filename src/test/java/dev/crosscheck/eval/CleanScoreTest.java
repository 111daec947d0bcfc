package dev.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingValue;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.Severity;
import dev.crosscheck.model.StoryReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Precision on clean stories: conflicts found by their story, rule and evidence sentences; unlabelled ones apart. */
class CleanScoreTest {
  private static Finding conflict(String rule, Severity severity, String... sentences) {
    List<Evidence> evidence = new java.util.ArrayList<>();
    for (int i = 0; i < sentences.length; i++) {
      evidence.add(new Evidence("s" + i, sentences[i], 0, sentences[i].length()));
    }
    return new Finding("F1", "story", rule, Kind.CONFLICT, severity, "t", "m",
        List.of(new FindingValue("1", "1", List.of("s0"))), List.of("s0", "s1"), List.of(), evidence, 0);
  }

  private static ConflictLabel label(String rule, String label, String... sentences) {
    List<ConflictLabel.Sentence> evidence = new java.util.ArrayList<>();
    for (int i = sentences.length - 1; i >= 0; i--) { // order does not matter
      evidence.add(new ConflictLabel.Sentence("s" + i, sentences[i]));
    }
    return new ConflictLabel("story", rule, label, "why", List.of("1"), evidence);
  }

  private static StoryReport report(Finding... findings) {
    return new StoryReport("story", List.of(), List.of(findings), "", List.of(), List.of());
  }

  @Test
  void precisionIsTheShareOfRealConflictsAmongTheLabelledOnes() {
    ConflictLabels labels = new ConflictLabels(List.of(label("CC101", "true", "A.", "B."),
        label("CC102", "false-different", "C.", "D.")));
    CleanScore score = CleanScore.of(List.of(report(conflict("CC101", Severity.ERROR, "A.", "B."),
        conflict("CC102", Severity.ERROR, "C.", "D."), conflict("CC102", Severity.NOTE, "E.", "F."))), labels, 0.9);
    assertThat(score.reported()).isEqualTo(2); // notes do not count
    assertThat(score.precision()).isEqualTo(0.5);
    assertThat(score.unlabelled()).isEmpty();
    assertThat(score.passes()).isFalse();
    assertThat(score.render()).contains("CC101").contains("precision 0.500");
  }

  @Test
  void aConflictWithOtherSentencesOrAnotherRuleHasNoLabel() {
    ConflictLabels labels = new ConflictLabels(List.of(label("CC101", "true", "A.", "B.")));
    CleanScore score = CleanScore.of(List.of(report(conflict("CC101", Severity.ERROR, "A.", "B2."),
        conflict("CC103", Severity.ERROR, "A.", "B."))), labels, 0);
    assertThat(score.unlabelled()).hasSize(2);
    assertThat(score.passes()).isFalse();
    assertThat(LabelStubs.json(score.unlabelled())).contains("\"label\" : \"\"").contains("B2.");
  }

  @Test
  void aLabelMustBeOneOfTheRubrics() {
    assertThatThrownBy(() -> label("CC101", "maybe", "A.")).hasMessageContaining("maybe");
  }
}
