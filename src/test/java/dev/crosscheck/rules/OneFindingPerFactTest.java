package dev.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingValue;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class OneFindingPerFactTest {
  private static final Evidence A = new Evidence("a", "Talks were held on Sunday.", 0, 26);
  private static final Evidence B = new Evidence("b", "Talks are set for Sunday.", 0, 25);
  private static final Evidence C = new Evidence("c", "Other talks are on Monday.", 0, 26);

  private static Finding finding(Kind kind, String topic, List<FindingValue> values, List<Evidence> evidence) {
    return new Finding("", "s", kind == Kind.CONFLICT ? "CC102" : "CC401", kind, Severity.NOTE, topic, "m", values,
        List.of("a", "b"), List.of(), evidence, 0, List.of());
  }

  @Test
  void anAgreementOrOmissionOnAConflictsSentenceAndTopicIsDropped() {
    Finding conflict = finding(Kind.CONFLICT, "the date",
        List.of(new FindingValue("Sunday (planned)", "planned", List.of("b")),
            new FindingValue("Sunday (done)", "happened", List.of("a"))), List.of(A, B));
    Finding agreement = finding(Kind.AGREEMENT, "the date",
        List.of(new FindingValue("Sunday", "sunday", List.of("a", "b"))), List.of(A, B));
    Finding other = finding(Kind.AGREEMENT, "the date",
        List.of(new FindingValue("Monday", "monday", List.of("c"))), List.of(C));
    assertThat(OneFindingPerFact.apply(List.of(conflict, agreement, other))).containsExactly(conflict, other);
  }

  private static Finding detail(Kind kind, List<String> reporting, List<String> omitting) {
    Evidence general = new Evidence(reporting.get(0), "It will be led by a three-star general.", 0, 39);
    return new Finding("", "s", kind == Kind.OMISSION ? "CC301" : "CC401", kind, Severity.NOTE, "the rank", "m",
        List.of(new FindingValue("three-star", "3-star", reporting)), reporting, omitting, List.of(general),
        kind == Kind.OMISSION ? 0.4 : 0,
        List.of());
  }

  @Test
  void aDetailAFewSourcesAgreeOnAndMostLeaveOutIsAnAgreement() {
    Finding omission = detail(Kind.OMISSION, List.of("a", "b"), List.of("c", "d", "e"));
    Finding agreement = detail(Kind.AGREEMENT, List.of("a", "b"), List.of("c", "d", "e"));
    assertThat(OneFindingPerFact.apply(List.of(omission, agreement))).containsExactly(agreement.withSalience(0.4));
  }

  @Test
  void aDetailMostSourcesReportAndAFewLeaveOutIsAnOmission() {
    Finding omission = detail(Kind.OMISSION, List.of("a", "b", "c"), List.of("d", "e"));
    Finding agreement = detail(Kind.AGREEMENT, List.of("a", "b", "c"), List.of("d", "e"));
    Finding elsewhere = detail(Kind.AGREEMENT, List.of("d", "e"), List.of("a", "b", "c"));
    assertThat(OneFindingPerFact.apply(List.of(omission, agreement, elsewhere))).containsExactly(omission, elsewhere);
  }

  @Test
  void aConflictNeedsASourceGivingOneValueAndNotTheOther() {
    Finding allGiveBoth = finding(Kind.CONFLICT, "the figure",
        List.of(new FindingValue("12", "12", List.of("a", "b")), new FindingValue("31", "31", List.of("a", "b"))),
        List.of(A, B));
    Finding oneSource = finding(Kind.CONFLICT, "the figure",
        List.of(new FindingValue("12", "12", List.of("a")), new FindingValue("31", "31", List.of("a"))), List.of(A));
    Finding misspelt = finding(Kind.CONFLICT, "the spelling of Anthony Blinken",
        List.of(new FindingValue("Anthony Blinken", "anthony", List.of("a")),
            new FindingValue("Antony Blinken", "antony", List.of("a", "b"))), List.of(A, B));
    assertThat(OneFindingPerFact.apply(List.of(allGiveBoth, oneSource, misspelt))).containsExactly(misspelt);
  }

  @Test
  void aSourceOnBothSidesIsNamed() {
    assertThat(Messages.givesBoth(List.of(new FindingValue("Anthony Blinken", "x", List.of("003")),
        new FindingValue("Antony Blinken", "y", List.of("000", "003"))))).isEqualTo(" 003 gives both.");
    assertThat(Messages.givesBoth(List.of(new FindingValue("40", "40", List.of("001")),
        new FindingValue("45", "45", List.of("002"))))).isEmpty();
  }
}
