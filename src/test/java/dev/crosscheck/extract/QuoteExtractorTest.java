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

  @Test
  void scareQuotesAreNotSpeech() {
    assertThat(Found.of(ValueType.QUOTE, "The so-called “extended deterrence” was discussed.")).isEmpty();
  }
}
