package dev.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingValue;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a planted omission counts as found: the fact shown as left out by the edited source. */
class PlantedOmissionsTest {
  private static final OmissionCase CASE = new OmissionCase("s-omitted-number-01", "s", "number", "c",
      "Nine people were hurt in the fire.", "Nine", List.of("a", "b"), List.of("nine people were injured"));
  private static final Evidence SAID = new Evidence("a", "Officials said nine people were injured on Sunday.", 0, 50);
  private static final Evidence OTHER = new Evidence("a", "The warehouse had been closed for a year.", 51, 92);

  private static Finding finding(Kind kind, List<String> omittedBy, Evidence evidence) {
    return new Finding("F", "s", "CC301", kind, Severity.NOTE, "the number of people", "m",
        List.of(new FindingValue("nine people", "9 people", List.of("a", "b"))), List.of("a", "b"), omittedBy,
        List.of(evidence), 0.5, List.of());
  }

  @Test
  void anOmissionLeftOutByTheSourceCitingTheOthersSentenceIsFound() {
    assertThat(PlantedOmissions.found(List.of(finding(Kind.OMISSION, List.of("c"), SAID)), CASE)).isTrue();
    assertThat(PlantedOmissions.found(List.of(finding(Kind.CONFLICT, List.of("c", "d"), SAID)), CASE)).isTrue();
  }

  @Test
  void anotherFactOrAnotherSourceIsNotFound() {
    assertThat(PlantedOmissions.found(List.of(finding(Kind.OMISSION, List.of("c"), OTHER)), CASE)).isFalse();
    assertThat(PlantedOmissions.found(List.of(finding(Kind.OMISSION, List.of("d"), SAID)), CASE)).isFalse();
    assertThat(PlantedOmissions.found(List.of(finding(Kind.AGREEMENT, List.of(), SAID)), CASE)).isFalse();
  }

  @Test
  void anAgreementThatNamesTheSourceAsLeavingItOutIsFoundAsSuch() {
    // a detail a few sources agree on and most leave out is an agreement, not also an omission
    Finding agreement = finding(Kind.AGREEMENT, List.of("c", "d", "e"), SAID);
    assertThat(PlantedOmissions.foundAs(List.of(agreement), CASE)).isEqualTo(Kind.AGREEMENT);
    assertThat(PlantedOmissions.foundAs(List.of(agreement, finding(Kind.OMISSION, List.of("c"), SAID)), CASE))
        .isEqualTo(Kind.OMISSION);
  }

  @Test
  void recallIsTheShareFoundAndARunProblemFails() {
    PlantedOmissions score = new PlantedOmissions(List.of(new PlantedOmissions.Result(CASE, true, ""),
        new PlantedOmissions.Result(CASE, false, "")), 0.5);
    assertThat(score.recall()).isEqualTo(0.5);
    assertThat(score.passes()).isTrue();
    assertThat(new PlantedOmissions(List.of(new PlantedOmissions.Result(CASE, true, "no source c in s")), 0).passes())
        .isFalse();
  }
}
