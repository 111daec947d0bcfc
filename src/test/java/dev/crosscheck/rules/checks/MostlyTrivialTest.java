package dev.crosscheck.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.TestCorpus;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ValueType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A detail most of whose claims are bare weekdays is the day of an event, not an omission by itself. */
class MostlyTrivialTest {
  private static Claim time(String sentence) {
    return TestCorpus.claims(sentence).stream().filter(c -> c.type() == ValueType.TIME).findFirst().orElseThrow();
  }

  @Test
  void mostlyBareWeekdaysAreTrivial() {
    Claim saturday = time("The coroner said he believes LaRue died Saturday of natural causes.");
    Claim date = time("The coroner said he believes LaRue died on July 24, 2004.");
    assertThat(Omission.trivialAlone(saturday)).isTrue();
    assertThat(Omission.trivialAlone(date)).isFalse();
    assertThat(Omission.mostlyTrivial(List.of(saturday, saturday, date))).isTrue();
    assertThat(Omission.mostlyTrivial(List.of(saturday, date, date))).isFalse();
    assertThat(Omission.mostlyTrivial(List.of(saturday, date))).as("half is not most").isFalse();
  }
}
