package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Person;
import dev.crosscheck.model.Place;
import dev.crosscheck.model.PlaceLevel;
import dev.crosscheck.model.Role;
import dev.crosscheck.model.ValueType;
import org.junit.jupiter.api.Test;

class EntityClaimsTest {
  @Test
  void aPlaceNameOfSeveralWordsIsReadWholeBeforeAnotherWord() {
    for (String sentence : java.util.List.of("She has had enough of New York attorney Mark Heller.",
        "She left a New York facility that prosecutors had approved.")) {
      assertThat(Found.of(ValueType.PLACE, sentence)).extracting(c -> c.value().text()).containsExactly("New York");
    }
  }

  @Test
  void anUnknownNameThatOwnsIsNumberedOrIsAPluralTeamIsNoPlace() {
    for (String sentence : java.util.List.of("Capaldi was recently seen in Brad Pitt's World War Z as a doctor.",
        "He returned to play in Weeks 14-16 after the injury.",
        "He threw three touchdowns in the Colts' 31-24 victory.",
        "He sprained the knee in a loss at the Saints last week.")) {
      assertThat(Found.of(ValueType.PLACE, sentence)).as(sentence).isEmpty();
    }
    assertThat(Found.of(ValueType.PLACE, "The quake was centered in Geyserville, officials said."))
        .extracting(c -> c.value().text()).containsExactly("Geyserville");
  }

  @Test
  void roleTitleIsSplitFromTheName() {
    Role r = (Role) Found.only(ValueType.ROLE, "Defense Secretary Lloyd Austin arrived in Tokyo.").value();
    assertThat(r.role()).isEqualTo("defense secretary");
    assertThat(r.holder()).isEqualTo("Lloyd Austin");
    assertThat(Found.normalized(ValueType.PERSON, "Defense Secretary Lloyd Austin arrived in Tokyo."))
        .containsExactly("austin lloyd");
  }

  @Test
  void britishSpellingAndWordOrderOfRolesNormalise() {
    Role a = (Role) Found.only(ValueType.ROLE, "US Defence Secretary Lloyd Austin spoke.").value();
    Role b = (Role) Found.only(ValueType.ROLE, "U.S. Secretary of Defense Lloyd Austin spoke.").value();
    assertThat(a.role()).isEqualTo(b.role()).isEqualTo("defense secretary");
    assertThat(a.qualifier()).isEqualTo(b.qualifier()).isEqualTo("united states");
  }

  @Test
  void nationalityQualifiesTheRole() {
    Role r = (Role) Found.only(ValueType.ROLE, "Japanese Foreign Minister Yoko Kamikawa met him.").value();
    assertThat(r.slot()).isEqualTo("japan foreign minister");
  }

  @Test
  void aMiddleInitialIsPartOfTheNameButNotOfItsKey() {
    assertThat(Found.of(ValueType.PERSON, "President Joseph R. Biden met Gov. Sarah Palin on Friday."))
        .extracting(c -> c.value().text(), c -> c.value().normalized())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Joseph R. Biden", "biden joseph"),
            org.assertj.core.groups.Tuple.tuple("Sarah Palin", "palin sarah"));
    assertThat(Found.only(ValueType.PERSON, "The leak was made by W. Mark Felt of the FBI.").value().normalized())
        .isEqualTo("felt mark");
    assertThat(Found.only(ValueType.PERSON, "The scoring record is held by J.J. Redick.").value().normalized())
        .isEqualTo("j j redick");
  }

  @Test
  void nameOrderDoesNotChangeThePersonKey() {
    String a = Found.only(ValueType.PERSON, "Defence Minister Kihara Minoru attended.").value().normalized();
    String b = Found.only(ValueType.PERSON, "Defence Minister Minoru Kihara attended.").value().normalized();
    assertThat(a).isEqualTo(b);
  }

  @Test
  void spellingVariantsKeepTheirOwnText() {
    Person p = (Person) Found.only(ValueType.PERSON, "US Secretary of State Anthony Blinken attended.").value();
    assertThat(p.text()).isEqualTo("Anthony Blinken");
  }

  @Test
  void placesFromGazetteerAndContext() {
    Place tokyo = (Place) Found.only(ValueType.PLACE, "The talks were held in Tokyo on Sunday.").value();
    assertThat(tokyo.level()).isEqualTo(PlaceLevel.CITY);
    assertThat(tokyo.within()).contains("japan");
    Place unknown = (Place) Found.only(ValueType.PLACE, "The commander is based in Yokota with his staff.").value();
    assertThat(unknown.level()).isEqualTo(PlaceLevel.UNKNOWN);
  }

  @Test
  void datelineIsAPlace() {
    assertThat(Found.normalized(ValueType.PLACE, "TOKYO – Defense chiefs held talks on Sunday.")).contains("Tokyo");
  }
}
