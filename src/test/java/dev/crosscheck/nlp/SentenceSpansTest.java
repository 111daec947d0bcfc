package dev.crosscheck.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.TestCorpus;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceSpansTest {
  private static final SentenceSpans REPAIRS = SentenceSpans.of(TestCorpus.crosscheck().lexicons());

  private static List<String> sentences(String text) {
    Span[] spans = new SentenceDetectorME(NlpModels.shared().sentences()).sentPosDetect(text);
    return REPAIRS.merge(text, spans).stream().map(s -> text.substring(s.getStart(), s.getEnd())).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Secretary Antony Blinken joined his counterparts at the Japan-U.S. Security Consultative Committee in Tokyo.",
      "President Joseph R. Biden met the Japanese prime minister on Sunday.",
      "The fire damaged the church of Alaska Gov. Sarah Palin on Friday night.",
      "The bill was backed by Sen. James Inhofe and Rep. Nick Rahall of West Virginia.",
      "He was shot by Deputy Sgt. Hoyt Teasley outside the courthouse.",
      "The climber was taken to Mt. Cook Village, where Dr. Alan Smith saw him.",
      "The Cardinals played in St. Louis on Friday afternoon.",
      "Brian Nichols was charged in case No. VA089897 on Monday.",
      "The summit is set for Sept. 11 in Washington.",
      "That leaves Nvidia Corp. (Nasdaq: NVDA) as the sole independent maker.",
      "The fire started about 9:40 p.m. Friday at the church.",
      "The conference call starts at 4:45 p. m. EST today.",
      "The tapes captured chief of staff H.R. Haldeman talking to Nixon.",
      "The earthquake was measured by the U. S. Geological Survey in Golden.",
      "Mourners recalled W. Mark Felt, the FBI official who became Deep Throat.",
  })
  void anAbbreviationOrInitialDoesNotEndTheSentence(String text) {
    assertThat(sentences(text)).containsExactly(text);
  }

  /** The pieces joined by spaces, split between them as the model splits, then repaired. */
  private static List<String> repaired(String[] pieces) {
    String text = String.join(" ", pieces);
    Span[] spans = new Span[pieces.length];
    int at = 0;
    for (int k = 0; k < pieces.length; k++) {
      spans[k] = new Span(at, at + pieces[k].length());
      at += pieces[k].length() + 1;
    }
    return REPAIRS.merge(text, spans).stream().map(s -> text.substring(s.getStart(), s.getEnd())).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "They met at the Japan-U.S.|Security Consultative Committee in Tokyo.",
      "President Joseph R.|Biden met the prime minister.",
      "Alaska Gov.|Sarah Palin attends the church.",
      "He was charged in case No.|VA089897 on Monday.",
      "The question is where that leaves Nvidia Corp.|(Nasdaq: NVDA) now.",
      "The fire started about 9:40 p.m.|Friday at the church.",
      "Firefighters stayed until about 5 a. m.|Saturday, the paper reported.",
      "It was reported by the U.|S. Geological Survey.",
  })
  void aSplitAfterAnAbbreviationIsUndone(String pieces) {
    assertThat(repaired(pieces.split("\\|"))).containsExactly(pieces.replace('|', ' '));
  }

  @Test
  void theJapanUsSentenceIsWholeInTheEvidence() {
    String text = "Austin said the move was a historic step for the Japan-U.S. alliance. It was agreed on Sunday.";
    assertThat(sentences(text)).containsExactly(
        "Austin said the move was a historic step for the Japan-U.S. alliance.", "It was agreed on Sunday.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Officials fear more drilling across the western U.S.|They cheered the ruling on Wednesday.",
      "The team won in Chapel Hill, N.C.|The player of the year scored 20 points.",
      "He starred in the zombie film World War Z.|He has also won an Oscar.",
      "The gunman entered the party around 4 p.m.|One man was shot and killed.",
      "The company announced it will buy EYP Mission Critical Facilities Inc.|That company advises data centers.",
      "The court heard from former Mormon leader Joseph Smith Jr.|He also asked the jury to remember the law.",
      "Was he there?|No.|He was in Tokyo that day.",
  })
  void aRealSentenceEndAfterAnAbbreviationStays(String pieces) {
    String[] expected = pieces.split("\\|");
    assertThat(repaired(expected)).containsExactly(expected);
  }

  @Test
  void aSentenceStartingWithADigitOrLowerCaseContinues() {
    assertThat(sentences("The talks took place on Jan. 5 in Tokyo.")).hasSize(1);
  }
}
