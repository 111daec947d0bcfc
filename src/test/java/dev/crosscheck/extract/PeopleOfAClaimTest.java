package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Polarity;
import dev.crosscheck.model.ValueType;
import org.junit.jupiter.api.Test;

/** Whom a claim's sentence is about: the people it names, the one "he" or "she" stands for, not its speaker. */
class PeopleOfAClaimTest {
  @Test
  void aSentenceOpeningWithSheIsAboutThePersonJustNamed() {
    Claim age = Found.only(ValueType.QUANTITY, "Bettie Page, the pin-up model, has died, her agent said. She was 85.");
    assertThat(age.people()).containsExactly("bettie page");
  }

  @Test
  void theSpeakerIsNotWhomTheSentenceIsAbout() {
    Claim miles = Found.only(ValueType.QUANTITY,
        "Police chased the suspect for 30 miles, Sheriff Robert Pickell said.");
    assertThat(miles.people()).isEmpty();
  }

  @Test
  void aShipIsNotAPerson() {
    assertThat(Found.of(ValueType.PERSON, "On November 11, INS Tabar repulsed two hijack attempts.")).isEmpty();
  }

  @Test
  void aNegationTaggedAsPunctuationStillDenies() {
    Claim know = Found.of(ValueType.STATEMENT, "He didn't know how long the suspect had worked there.").stream()
        .filter(c -> c.predicate().equals("know")).findFirst().orElseThrow();
    assertThat(know.polarity()).isEqualTo(Polarity.NEGATED);
  }
}
