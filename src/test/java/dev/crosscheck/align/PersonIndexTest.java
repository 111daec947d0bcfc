package dev.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.Modality;
import dev.crosscheck.model.Person;
import dev.crosscheck.model.Polarity;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonIndexTest {
  private static Claim person(String key) {
    Person p = new Person(key, key);
    return new Claim("a#1", "a", p, "", "", Polarity.ASSERTED, Modality.HAPPENED, "", new Evidence("a", key, 0, 1),
        0, 1, 0, List.of(), List.of());
  }

  @Test
  void nearSpellingsOfOneFullNameAreOnePerson() {
    PersonIndex index = new PersonIndex(List.of(person("bettie page"), person("betty mae page"),
        person("bettie mae page")));
    assertThat(index.resolve("betty mae page")).isEqualTo(index.resolve("bettie page"))
        .isEqualTo(index.resolve("bettie mae page"));
    assertThat(index.resolve("page")).isEqualTo(index.resolve("bettie page"));
  }

  @Test
  void twoPeopleOfOneSurnameStayApart() {
    PersonIndex index = new PersonIndex(List.of(person("manning peyton"), person("eli manning")));
    assertThat(index.resolve("manning peyton")).isNotEqualTo(index.resolve("eli manning"));
    assertThat(index.resolve("manning")).isEqualTo("manning");
    assertThat(index.resolve("peyton")).isEqualTo("manning peyton");
  }

  @Test
  void namesThatShareNoWordExactlyDiffer() {
    assertThat(PersonIndex.samePerson("john smith", "jane smith")).isFalse();
    assertThat(PersonIndex.samePerson("robert smith", "roberta smyth")).isFalse();
    assertThat(PersonIndex.samePerson("j pickell robert", "pickell robert")).isTrue();
  }
}
