package dev.crosscheck.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.TestCorpus;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.StoryReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A round figure and a precise one it rounds to are one figure ("$43,000" and "$43,350"), when the round
 * one has two significant digits or more at hundreds or above, or the precise one a fraction the round
 * one drops; figures of one significant digit ("$200 million", "$184 million") and small whole
 * numbers ("ten", "nine") still differ.
 */
class RoundFiguresTest {
  @Test
  void aPreciseFigureRoundsToARoundOne() {
    assertThat(QuantityMismatch.roundsTo(43_000, 43_350)).isTrue();
    assertThat(QuantityMismatch.roundsTo(13e9, 13.2e9)).isTrue();
    assertThat(QuantityMismatch.roundsTo(100, 99.99)).isTrue();
    assertThat(QuantityMismatch.roundsTo(6, 6.2)).isTrue();
  }

  @Test
  void figuresThatDoNotRoundToEachOtherDiffer() {
    assertThat(QuantityMismatch.roundsTo(200e6, 184e6)).as("one significant digit").isFalse();
    assertThat(QuantityMismatch.roundsTo(10, 9)).as("small whole numbers").isFalse();
    assertThat(QuantityMismatch.roundsTo(43_000, 43_600)).as("rounds to 44,000").isFalse();
    assertThat(QuantityMismatch.roundsTo(43_350, 43_000)).as("the precise one is not the round one").isFalse();
    assertThat(QuantityMismatch.roundsTo(35, 36)).isFalse();
    assertThat(QuantityMismatch.roundsTo(10, 7.2)).as("7.2 rounds to 7").isFalse();
  }

  private static List<Finding> conflicts(String a, String b) {
    String sentence = "The company agreed to buy the software maker for %s in cash, its chief executive said.\n";
    StoryReport r = TestCorpus.check(TestCorpus.sources(sentence.formatted(a), sentence.formatted(b)));
    return r.findings().stream().filter(f -> f.kind() == Kind.CONFLICT && f.rule().equals("CC101")).toList();
  }

  @Test
  void aRoundedPriceIsNoConflictButAnotherPriceIs() {
    assertThat(conflicts("$13 billion", "$13.2 billion")).isEmpty();
    assertThat(conflicts("$13 billion", "$15.2 billion")).hasSize(1);
  }
}
