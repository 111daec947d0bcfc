package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Quote;
import dev.crosscheck.model.ValueType;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {
  private static final String INTRO = "Defense Secretary Lloyd Austin spoke in Tokyo on Sunday. ";

  private static Quote quote(String text) {
    return (Quote) Found.only(ValueType.QUOTE, INTRO + text).value();
  }

  @Test
  void saidAfterTheQuote() {
    Quote q = quote("“It will be one of the most significant developments in our history,” said Austin.");
    assertThat(q.speaker()).isEqualTo("Austin");
    assertThat(q.speakerKey()).isEqualTo("austin lloyd");
    assertThat(q.words()).startsWith("it", "will", "be");
  }

  @Test
  void singleQuotationMarksInsideAQuoteKeepItsWordsApart() {
    Quote marked = quote("“Police 'locked down' the neighborhood and talked to the suspect,” Fanning said.");
    Quote plain = quote("“Police locked down the neighborhood and talked to the suspect,” Fanning said.");
    assertThat(marked.words()).isEqualTo(plain.words());
    assertThat(quote("“I ’ m sure we don ’ t know where they went,” Fanning said.").words())
        .isEqualTo(quote("“I'm sure we don't know where they went,” Fanning said.").words());
  }

  @Test
  void speakerBeforeTheQuoteAndAccordingTo() {
    assertThat(quote("Austin said: “We are at a turning point in history.”").speakerKey()).isEqualTo("austin lloyd");
    assertThat(quote("The move is “one of the most significant developments in history,” according to Austin.")
        .speakerKey()).isEqualTo("austin lloyd");
  }

  @Test
  void continuedQuoteKeepsItsSpeaker() {
    List<Claim> quotes = Found.of(ValueType.QUOTE, INTRO
        + "“We are at a turning point in history,” Austin said. “Now is a critical phase for all of us.”");
    assertThat(quotes).hasSize(2);
    assertThat(((Quote) quotes.get(1).value()).speakerKey()).isEqualTo("austin lloyd");
  }

  private static List<String> speakers(String text) {
    return Found.of(ValueType.QUOTE, INTRO + text).stream().map(c -> ((Quote) c.value()).speaker()).toList();
  }

  @Test
  void aQuoteOpeningTheNextParagraphContinuesTheSpeakerWhoseParagraphItFollows() {
    assertThat(speakers("“We are at a turning point in history,” Austin said.\n\n“Now is a critical phase for all of us.”"))
        .containsExactly("Austin", "Austin");
  }

  @Test
  void aQuoteLeftOpenTakesTheSpeakerNamedWhereItGoesOn() {
    assertThat(speakers("“Our hearts are with the family of the victim,” said Austin.\n\n“He was pretty shook up by it all."
        + "\n\n“He tried to comfort her for a long time,” said Sgt. Marty Earley."))
        .containsExactly("Austin", "Marty Earley", "Marty Earley");
  }

  @Test
  void someoneElseSpeakingInBetweenBreaksTheChain() {
    assertThat(speakers("“We are at a turning point in history,” Austin said. Kamikawa said the talks were useful. "
        + "“Now is a critical phase for all of us.”")).containsExactly("Austin", "");
    assertThat(speakers("“We are at a turning point in history,” Austin said. The talks ended at noon.\n\n"
        + "“Now is a critical phase for all of us.”")).containsExactly("Austin", "");
    assertThat(speakers("“We are at a turning point in history,” Austin said.\n\nThe talks ended at noon.\n\n"
        + "“Now is a critical phase for all of us.”")).containsExactly("Austin", "");
  }

  @Test
  void scareQuotesAreNotSpeech() {
    assertThat(Found.of(ValueType.QUOTE, "The so-called “extended deterrence” was discussed.")).isEmpty();
  }
}
