package dev.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordingsTest {
  private static final String TEXT = "Intro. Police said 12 people were injured in the riots. More.";

  @Test
  void otherWordsAreAParaphraseAndACopyIsNot() {
    assertThat(Wordings.of(TEXT, "12 people", List.of("A dozen were hurt in the clashes, officials said.")))
        .isEqualTo(EvalCase.Wording.PARAPHRASED);
    assertThat(Wordings.of(TEXT, "12 people", List.of("Police said 12 people were injured in the riot.")))
        .isEqualTo(EvalCase.Wording.COPIED);
    assertThat(Wordings.of(TEXT, "12 people", List.of())).isEqualTo(EvalCase.Wording.UNKNOWN);
  }

  @Test
  void theEditedSentenceIsTheOneAroundTheFind() {
    assertThat(Wordings.sentenceAt(TEXT, TEXT.indexOf("12"), TEXT.indexOf("12") + 2))
        .isEqualTo("Police said 12 people were injured in the riots.");
  }
}
