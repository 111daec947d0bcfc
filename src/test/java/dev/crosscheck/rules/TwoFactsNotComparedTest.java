package dev.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.TestCorpus;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.StoryReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lengths of time far apart are two spans, not one misreported: a strike of weeks and a delay of days
 * are no conflict; two lengths close together are.
 */
class TwoFactsNotComparedTest {
  private static List<Finding> conflicts(StoryReport r) {
    return r.findings().stream().filter(f -> f.kind() == Kind.CONFLICT).toList();
  }

  private static StoryReport strike(String length) {
    return TestCorpus.check(TestCorpus.sources(
        "The writers' strike in Hollywood lasted 14 weeks before the union agreed to a deal, its leaders said.\n",
        "The writers' strike in Hollywood lasted " + length + " before the union agreed to a deal on Tuesday.\n"));
  }

  @Test
  void lengthsOfTimeCloseTogetherConflict() {
    assertThat(conflicts(strike("12 weeks"))).anySatisfy(f -> assertThat(f.rule()).isEqualTo("CC102"));
  }

  @Test
  void lengthsOfTimeMoreThanThreeTimesApartAreTwoSpans() {
    assertThat(conflicts(strike("11 days"))).noneSatisfy(f -> assertThat(f.rule()).isEqualTo("CC102"));
  }
}
