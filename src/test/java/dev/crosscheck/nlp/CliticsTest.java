package dev.crosscheck.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class CliticsTest {
  private static List<String> split(String word) {
    return Arrays.stream(Clitics.split(word, new Span[] {new Span(0, word.length())}))
        .map(s -> word.substring(s.getStart(), s.getEnd())).toList();
  }

  @Test
  void splitsClitics() {
    assertThat(split("Japan's")).containsExactly("Japan", "'s");
    assertThat(split("didn't")).containsExactly("did", "n't");
    assertThat(split("they're")).containsExactly("they", "'re");
    assertThat(split("58-year-old")).containsExactly("58", "-", "year", "-", "old");
  }

  @Test
  void aCliticAloneStaysWhole() {
    // "They...'re" is tokenised "They", "...", "'re"
    for (String clitic : List.of("'re", "'ve", "'ll", "'s", "'d", "'m", "s'", "n't", "'RE")) {
      assertThat(split(clitic)).as(clitic).containsExactly(clitic);
    }
  }

  @Test
  void aNumberCutBetweenTwoDigitsIsJoinedAgain() {
    String text = "$1.52 million";
    Span[] spans = Clitics.split(text, new Span[] {new Span(0, 1), new Span(1, 4), new Span(4, 5), new Span(6, 13)});
    assertThat(Arrays.stream(spans).map(s -> text.substring(s.getStart(), s.getEnd())).toList())
        .containsExactly("$", "1.52", "million");
    String spaced = "1 52";
    assertThat(Clitics.split(spaced, new Span[] {new Span(0, 1), new Span(2, 4)})).hasSize(2);
  }

  @Test
  void aNegationCutAfterItsNIsMovedBack() {
    String text = "didn't";
    Span[] spans = Clitics.split(text, new Span[] {new Span(0, 4), new Span(4, 6)});
    assertThat(Arrays.stream(spans).map(s -> text.substring(s.getStart(), s.getEnd())).toList())
        .containsExactly("did", "n't");
  }
}
