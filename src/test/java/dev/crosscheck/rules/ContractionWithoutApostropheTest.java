package dev.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.TestCorpus;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.StoryReport;
import org.junit.jupiter.api.Test;

/** A quote with "cant" for "can't" is the same quote, and the same denial: no misquote, no polarity conflict. */
class ContractionWithoutApostropheTest {
  @Test
  void aContractionWrittenWithoutItsApostropheIsTheSameWording() {
    StoryReport r = TestCorpus.check(TestCorpus.sources(
        "\"I cant speak for the first death, but in this case it looks like an accident,\" the sheriff said on Monday.\n",
        "\"I can't speak for the first death, but in this case it looks like an accident,\" the sheriff said on Monday.\n"));
    assertThat(r.findings()).noneMatch(f -> f.kind() == Kind.CONFLICT);
  }
}
