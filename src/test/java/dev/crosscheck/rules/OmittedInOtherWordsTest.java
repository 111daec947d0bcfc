package dev.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.TestCorpus;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.StoryReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A source that gives a detail in other words (another sentence, another counted noun, a surname) does
 * not leave it out: it is shown among the reporting sources, with its sentence as evidence.
 */
class OmittedInOtherWordsTest {
  private static final String A = "A fire at the Acme plant in Springfield injured 53 workers on Sunday, officials said. "
      + "Plant manager John Whitcombe said three workers were taken to hospital.\n";
  private static final String B = "Fire tore through the Acme plant in Springfield on Sunday and injured 53 workers. "
      + "John Whitcombe, the plant manager, said three workers were taken to hospital.\n";

  private static List<Finding> omissions(StoryReport r) {
    return r.findings().stream().filter(f -> f.kind() == Kind.OMISSION).toList();
  }

  private static List<Finding> citing(StoryReport r, String value) {
    return omissions(r).stream().filter(f -> f.values().stream().anyMatch(v -> v.text().contains(value))).toList();
  }

  @Test
  void aSpecificFigureInAnotherSentenceIsNotLeftOut() {
    String c = "The blaze at the Acme plant burned for hours before it was put out. "
        + "In all, 53 people needed treatment, the Springfield fire department said.\n";
    StoryReport r = TestCorpus.check(TestCorpus.sources(A, B, c));
    for (Finding f : citing(r, "53")) {
      assertThat(f.omittedBy()).as(f.message()).doesNotContain("c");
    }
    assertThat(omissions(r)).allSatisfy(f -> assertThat(f.omittedBy()).isNotEmpty());
  }

  @Test
  void theSourceThatSaysItOtherwiseIsShownWithItsSentence() {
    String c = "Whitcombe said the plant would stay shut. Three workers were taken to hospital after the blaze, "
        + "in which 53 employees were hurt.\n";
    String d = "The Acme plant in Springfield will stay shut this week, the company said.\n";
    StoryReport r = TestCorpus.check(TestCorpus.sources(A, B, c, d));
    List<Finding> injured = citing(r, "53");
    assertThat(injured).isNotEmpty();
    for (Finding f : injured) {
      assertThat(f.omittedBy()).contains("d").doesNotContain("c");
      assertThat(f.reportedBy()).contains("c");
      assertThat(f.evidence()).anySatisfy(e -> {
        assertThat(e.source()).isEqualTo("c");
        assertThat(e.text()).contains("53 employees");
      });
    }
  }

  @Test
  void aSpecificFigureWrittenWithOtherWordsAroundItIsNotLeftOut() {
    StoryReport r = TestCorpus.check(TestCorpus.sources(
        "Acme's new phone has 512 megabytes of memory and sells for $199, the company said on Monday.\n",
        "The new Acme phone comes with 512 megabytes of memory and costs $199, Acme said on Monday.\n",
        "Acme showed its new phone on Monday. The 512MB handset costs $199.\n"));
    assertThat(citing(r, "512")).allSatisfy(f -> assertThat(f.omittedBy()).doesNotContain("c"));
  }

  @Test
  void theSameDigitsAsAnAmountOfMoneyOrInAScoreAreAnotherFigure() {
    StoryReport r = TestCorpus.check(TestCorpus.sources(
        "Acme will cut 57 jobs at its Springfield plant, the company said on Monday.\n",
        "The Acme plant in Springfield will lose 57 jobs, the company said on Monday.\n",
        "Acme, a company worth $57 billion, said on Monday its Springfield team had won 57-3 on Sunday.\n"));
    assertThat(citing(r, "57 jobs")).isNotEmpty().allSatisfy(f -> assertThat(f.omittedBy()).contains("c"));
  }

  @Test
  void aSmallFigureOfPeopleSaidOfWorkersByAnotherVerbOfTheEventIsOneDetail() {
    StoryReport r = TestCorpus.check(TestCorpus.sources(
        "A fire at the harbour warehouse injured nine people on Sunday, officials said.\n",
        "Nine workers were hurt when fire swept through the harbour warehouse on Sunday.\n",
        "The fire at the harbour warehouse on Sunday injured nine other employees, the company said.\n"));
    assertThat(omissions(r)).noneSatisfy(f -> assertThat(f.values().get(0).text().toLowerCase()).contains("nine"));
  }

  @Test
  void aSmallFigureOfAnotherThingIsStillLeftOut() {
    String c = "Three fire trucks were sent to the Acme plant in Springfield on Sunday, officials said.\n";
    StoryReport r = TestCorpus.check(TestCorpus.sources(A, B, c));
    assertThat(citing(r, "three workers")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.omittedBy()).contains("c"));
  }

  @Test
  void aPersonNamedBySurnameAloneIsNotLeftOut() {
    String c = "Whitcombe would not say what started the fire at the Acme plant in Springfield.\n";
    StoryReport r = TestCorpus.check(TestCorpus.sources(A, B, c));
    assertThat(citing(r, "Whitcombe")).allSatisfy(f -> assertThat(f.omittedBy()).doesNotContain("c"));
  }
}
