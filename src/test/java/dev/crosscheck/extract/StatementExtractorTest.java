package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Modality;
import dev.crosscheck.model.Polarity;
import dev.crosscheck.model.Statement;
import dev.crosscheck.model.ValueType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The polarity and modality of statements and values: only a negation that governs them denies them. */
class StatementExtractorTest {
  private static Claim statement(String text, String predicate) {
    return Found.of(ValueType.STATEMENT, text).stream().filter(c -> ((Statement) c.value()).predicate().equals(predicate))
        .findFirst().orElseThrow(() -> new AssertionError("no statement '" + predicate + "' in " + text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "He was not arrested on Friday.|arrest",
      "The quake did not trigger a tsunami.|trigger",
      "No gun has been recovered from the scene.|recover",
      "The minister has never visited the base.|visit",
  })
  void aNegationOfTheVerbDeniesIt(String text, String predicate) {
    assertThat(statement(text, predicate).polarity()).isEqualTo(Polarity.NEGATED);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The quake was not deep enough so that we can expect a tsunami.|expect",
      "Not only did the quake destroy 300 homes, but it also killed 12 people.|destroy",
      "The company no longer employs 500 workers.|employ",
      "Officials who did not want to be named said 12 people died.|die",
      "He said he did not know why the gunman killed 3 people.|kill",
  })
  void aNegationThatDoesNotGovernTheVerbDeniesNothing(String text, String predicate) {
    assertThat(statement(text, predicate).polarity()).isEqualTo(Polarity.ASSERTED);
  }

  @Test
  void whetherOrNotIsNoDenial() {
    assertThat(Found.of(ValueType.STATEMENT, "The agencies would decide whether or not to ask for a consultation."))
        .allSatisfy(c -> assertThat(c.polarity()).isEqualTo(Polarity.ASSERTED));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The bridge has not yet reopened.|reopen",
      "The troops have not left yet.|leave",
      "Police have not yet identified the victims.|identify",
      "Riva had yet to regain consciousness on Wednesday.|regain",
  })
  void notYetIsPlannedNotDenied(String text, String predicate) {
    Claim c = statement(text, predicate);
    assertThat(c.polarity()).isEqualTo(Polarity.ASSERTED);
    assertThat(c.modality()).isEqualTo(Modality.PLANNED);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The rain was not enough to stop 2,000 fans from attending.|ASSERTED",
      "Officials who did not want to be named said 12 people died.|ASSERTED",
      "He said he did not know why the gunman killed 3 people.|ASSERTED",
      "The company no longer employs 500 workers.|ASSERTED",
      "Not only did the quake destroy 300 homes, but it also killed 12 people.|ASSERTED",
      "The firm did not pay 500 workers last month.|NEGATED",
      "The quake was not strong enough to damage 300 homes.|ASSERTED",
  })
  void aValueIsDeniedOnlyByANegationOfItsOwnVerb(String text, Polarity polarity) {
    List<Claim> quantities = Found.of(ValueType.QUANTITY, text);
    assertThat(quantities).isNotEmpty().allSatisfy(c -> assertThat(c.polarity()).isEqualTo(polarity));
  }
}
