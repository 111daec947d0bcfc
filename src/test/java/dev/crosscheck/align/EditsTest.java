package dev.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditsTest {
  @Test
  void aSwapOfNeighbouringLettersIsOneEdit() {
    assertThat(Edits.withSwaps("antony", "antnoy")).isEqualTo(1);
    assertThat(Edits.distance("antony", "antnoy")).isEqualTo(2);
  }

  @Test
  void insertionsDeletionsAndSubstitutionsCountOneEach() {
    assertThat(Edits.withSwaps("antony", "anthony")).isEqualTo(1);
    assertThat(Edits.withSwaps("kouyias", "kougias")).isEqualTo(1);
    assertThat(Edits.withSwaps("jerry", "jeremy")).isEqualTo(2);
    assertThat(Edits.withSwaps("", "abc")).isEqualTo(3);
    assertThat(Edits.withSwaps("same", "same")).isZero();
  }
}
