package dev.crosscheck.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.TestCorpus;
import org.junit.jupiter.api.Test;

class SpellingTest {
  private final Spelling spelling = TestCorpus.crosscheck().lexicons().spelling();

  @Test
  void contractionsAreSpeltOut() {
    assertThat(spelling.expand("didn't")).isEqualTo("did not");
    assertThat(spelling.expand("can't")).isEqualTo("can not");
    assertThat(spelling.expand("it's")).isEqualTo("it is");
    assertThat(spelling.expand("we're")).isEqualTo("we are");
    assertThat(spelling.expand("they'll")).isEqualTo("they will");
    assertThat(spelling.expand("cant")).as("without its apostrophe").isEqualTo("can not");
    assertThat(spelling.expand("didnt")).as("without its apostrophe").isEqualTo("did not");
  }

  @Test
  void otherWordsStayAsTheyAre() {
    assertThat(spelling.expand("its")).isEqualTo("its");
    assertThat(spelling.expand("obama's")).isEqualTo("obama's");
    assertThat(spelling.expand("n't")).isEqualTo("n't");
  }
}
