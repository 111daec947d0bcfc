package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Hedge;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityExtractorTest {
  private static Quantity quantity(String text) {
    return (Quantity) Found.only(ValueType.QUANTITY, text).value();
  }

  @Test
  void hedgedNumberWithCountedNoun() {
    Quantity q = quantity("Japan hosts more than 50,000 U.S. troops in the country.");
    assertThat(q.amount()).isEqualTo(50_000);
    assertThat(q.hedge()).isEqualTo(Hedge.MORE_THAN);
    assertThat(q.unit()).isEqualTo("troop");
    assertThat(q.text()).isEqualTo("more than 50,000 U.S. troops");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The fire burned until around 4 p.m, officials said.",
      "It was reported at 10 a. m. by a neighbour.",
      "The blaze started around 9 a.m. on Sunday."})
  void aTimeOfDayHoweverItsMeridiemIsCutIsNoQuantity(String sentence) {
    assertThat(Found.of(ValueType.QUANTITY, sentence)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "A bus crash on the mountain road near Springfield killed 49 people.|crash",
      "Officials in Tokyo said 12 people were hurt.|officials",
      "Tokyo police said 12 people were hurt.|police"})
  void theSubjectIsNotANounThatAPrepositionGoverns(String sentence, String subject) {
    assertThat(Found.only(ValueType.QUANTITY, sentence).subject()).isEqualTo(subject);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "About 54,000 soldiers are stationed there.|54000|ABOUT|troop",
      "At least 12 people were killed in the blast.|12|AT_LEAST|people",
      "Nearly 300 residents fled the town.|300|NEARLY|people",
      "Up to 40 workers lost their jobs.|40|AT_MOST|worker",
      "Fewer than 10 homes were damaged.|10|LESS_THAN|home",
      "The company earned $5.7 billion last quarter.|5700000000|EXACT|usd",
      "Some 1.5 million people live in the city.|1500000|ABOUT|people",
      "The fire destroyed three houses on the hill.|3|EXACT|home",
      "Officials counted a dozen vehicles at the scene.|12|ABOUT|vehicle",
      "Japan will double its defense spending to 2% of GDP.|2|EXACT|percent of gdp",
      "Unemployment rose to 7.5 percent in May.|7.5|EXACT|percent",
      "The 33-year-old actress entered the clinic.|33|EXACT|age",
      "Dozens of people gathered outside the court.|24|AT_LEAST|people",
  })
  void readsNumbersHedgesAndUnits(String text, double amount, Hedge hedge, String unit) {
    Quantity q = quantity(text);
    assertThat(q.amount()).isEqualTo(amount);
    assertThat(q.hedge()).isEqualTo(hedge);
    assertThat(q.unit()).isEqualTo(unit);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The company paid $1,234.56 in fees.|1234.56|$1,234.56",
      "Damage was estimated at $US1 million ($1.52 million), authorities said.|1520000|$1.52 million",
      "EDS shares rose to $46.64 as investors cheered.|46.64|$46.64",
      "The fine was 1, 234. 56 dollars.|1234.56|1, 234. 56 dollars",
      "The deal is worth $2.01 million.|2010000|$2.01 million",
      "The ticket cost $12.50 at the door.|12.5|$12.50",
      "Robbers made off with $137-million of diamonds.|137000000|$137-million",
      "The club paid US $5.4-billion for the rest.|5400000000|$5.4-billion",
  })
  void everyDigitOfAnAmountCounts(String text, double amount, String written) {
    Quantity q = (Quantity) Found.of(ValueType.QUANTITY, text).stream().filter(c -> c.value().text().equals(written))
        .findFirst().orElseThrow(() -> new AssertionError("no quantity '" + written + "' in " + text)).value();
    assertThat(q.amount()).isEqualTo(amount);
    assertThat(q.normalized()).startsWith(dev.crosscheck.model.Numbers.format(amount) + " ");
  }

  @Test
  void aDecimalAmountIsWrittenInFull() {
    assertThat(dev.crosscheck.model.Numbers.format(1234.56)).isEqualTo("1234.56");
    assertThat(dev.crosscheck.model.Numbers.format(2.01 * 1_000_000)).isEqualTo("2010000");
    assertThat(dev.crosscheck.model.Numbers.format(0.125)).isEqualTo("0.125");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Smith, 43, said the fire started at noon.|43",
      "John Smith, 43, of Chicago was arrested.|43",
      "The actress, 33, reportedly headed to rehab.|33",
      "Cheeks, 48, logged an impressive career.|48",
      "Police Capt. Tom Tennant and Trooper William Hakim, both 51, died at the scene.|51",
      "He is survived by two sons, ages 6 and 16.|6",
      "He is survived by two sons, ages 6 and 16.|16",
      "Jackman makes pancakes for his daughter Ava, 3, on Sundays.|3",
  })
  void anAppositiveNumberAfterAPersonIsAnAge(String text, double age) {
    assertThat(Found.of(ValueType.QUANTITY, text)).map(c -> (Quantity) c.value())
        .anySatisfy(q -> {
          assertThat(q.amount()).isEqualTo(age);
          assertThat(q.unit()).isEqualTo("age");
        });
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "In Springfield, 12 people died.",
      "On Tuesday, 43 people died.",
      "The tool works for IE6, 7, 8, 9 and 10.",
      "He scored 20 points, 12 rebounds and 5 assists.",
  })
  void aNumberAfterACommaThatIsNoPersonIsNoAge(String text) {
    assertThat(Found.of(ValueType.QUANTITY, text)).map(c -> ((Quantity) c.value()).unit()).doesNotContain("age");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The quake injured dozens more.|at-least 24",
      "Dozens of people gathered outside the court.|at-least 24 people",
      "Officials counted a dozen vehicles at the scene.|about 12 vehicle",
      "Half a dozen cars burned.|about 6 vehicle",
      "More than a dozen people were hurt.|more-than 12 people",
      "Scores of homes were destroyed.|at-least 40 home",
      "Hundreds were injured in the blast.|at-least 200",
      "Thousands fled the town.|at-least 2000",
      "Hundreds of thousands of civilians fled.|at-least 200000 people",
      "Tens of thousands of people marched.|at-least 20000 people",
      "Two dozen people were hurt.|24 people",
      "The city bought a half-dozen others.|about 6 other",
      "Several dozen youths threw petrol bombs.|at-least 24 youth",
      "He ran 32 yards for a score.|32 yard",
  })
  void vagueRoundWordsAreBoundsNotCounts(String text, String normalized) {
    assertThat(Found.normalized(ValueType.QUANTITY, text)).containsExactly(normalized);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The battery lasts 1,000 full recharges.|1000 recharg",
      "Its capacity for 1,000 full recharges-three times the average-is new.|1000 recharg",
      "Its capacity for 1,000 full recharges-three times the average-is new.|3 time",
      "The battery can be recharged 1,000 times.|1000 time",
      "He won 3 straight games.|3 game",
      "The company cut 500 full-time jobs.|500 job",
      "The team lost 5 home games.|5 game",
      "The cache held 7 AK-47 rifles.|7 rifl",
      "The three bank workers-two women and a man-were killed.|3 worker",
  })
  void aCountedNounKeepsItsOwnNoun(String text, String normalized) {
    assertThat(Found.normalized(ValueType.QUANTITY, text)).contains(normalized);
  }

  @Test
  void theDecimalsOfANumberCutApartAreNoCount() {
    // "magnitude-6. 1" and "6. 0": text rebuilt from tokens; the "1" and "0" count no quake
    assertThat(Found.of(ValueType.QUANTITY, "The magnitude-6. 1 quake struck at a depth of 10 kilometers."))
        .extracting(c -> c.value().text()).containsExactly("10 kilometers");
    assertThat(Found.of(ValueType.QUANTITY, "A 5. 9 magnitude quake hit the town, and 12. 5 million people felt it."))
        .extracting(c -> c.value().normalized()).containsExactly("5.9 magnitude", "12500000 people");
  }

  @Test
  void decimalsAndClockTimesCutApartAreNoCount() {
    assertThat(Found.of(ValueType.QUANTITY, "Jewels worth £1. 7m were taken by four robbers."))
        .extracting(c -> c.value().text()).containsExactly("four robbers");
    assertThat(Found.of(ValueType.QUANTITY, "He had a mark of 162-139 (. 538) with 12 playoff wins."))
        .extracting(c -> c.value().normalized()).containsExactly("162-139 score", "12 win");
    assertThat(Found.of(ValueType.QUANTITY, "Police were called at 8. 39am and at 9: 15 pm to 14 homes."))
        .extracting(c -> c.value().text()).containsExactly("14 homes");
  }

  @Test
  void aYearBeforeANounIsNoCountOfIt() {
    assertThat(Found.of(ValueType.QUANTITY, "She is charged in the 1967 slayings of 2 women."))
        .extracting(c -> c.value().text()).containsExactly("2 women");
    assertThat(Found.of(ValueType.QUANTITY, "The 2,000 residents fled.")).extracting(c -> c.value().text())
        .containsExactly("2,000 residents");
  }

  @Test
  void numbersChainedByHyphensAreARecordATelephoneNumberOrYears() {
    assertThat(Found.of(ValueType.QUANTITY, "Rahman fell to 45-7-2 and Barrett is 10-5-2 after 12 rounds."))
        .extracting(c -> c.value().text()).containsExactly("12 rounds");
    assertThat(Found.of(ValueType.QUANTITY, "Call the tip line at 800-800-3855 about the 3 men."))
        .extracting(c -> c.value().text()).containsExactly("3 men");
    assertThat(Found.of(ValueType.QUANTITY, "He coached the Celtics from 2000-04 and won 88-72 in 16 games."))
        .extracting(c -> c.value().normalized()).containsExactly("88-72 score", "16 game");
  }

  @Test
  void aWholeNumberAndAFractionAreOneNumber() {
    assertThat(quantity("The trail runs 3 1/4 miles along the river.").amount()).isEqualTo(3.25);
    assertThat(Found.only(ValueType.TIME, "Police negotiated with him for 4 1/2 hours.").value().normalized())
        .isEqualTo(Found.only(ValueType.TIME, "Police negotiated with him for 4.5 hours.").value().normalized());
  }

  @Test
  void rangeBetweenTwoNumbers() {
    Quantity q = quantity("Between 16 and 18 people were hurt in the crash.");
    assertThat(q.amount()).isEqualTo(16);
    assertThat(q.upper()).isEqualTo(18);
    assertThat(q.hedge()).isEqualTo(Hedge.BETWEEN);
  }

  @Test
  void scoreIsAPair() {
    Quantity q = quantity("The team lost 88-72 at Cleveland on Friday.");
    assertThat(q.isScore()).isTrue();
    assertThat(q.normalized()).isEqualTo("88-72 score");
  }

  @Test
  void numbersThatNameThingsAreNotQuantities() {
    assertThat(Found.of(ValueType.QUANTITY, "The PAC-3 interceptors and the F-35 jets were shown.")).isEmpty();
    assertThat(Found.of(ValueType.QUANTITY, "The so-called “2+2” talks were held.")).isEmpty();
    assertThat(Found.of(ValueType.QUANTITY, "It is one of the most significant developments.")).isEmpty();
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "The group is a section 501(c)(3) charity.",
      "House Bill 2 passed the Senate on Tuesday.",
      "Voters approved Proposition 8 in November.",
      "The company unveiled the 8900, and the 8900 is thin.",
      "Passengers on Flight 253 were questioned.",
      "NATO invoked Article 5 of its treaty.",
      "The Amendment 2 vote failed.",
      "The case 08-1234 was dismissed.",
      "The shooting happened on Interstate 95 near exit 4.",
      "The flaw affects Internet Explorer 6 and IE 5.01.",
      "The Saints face the Lions in Week 16.",
      "Someone called 911 after the crash.",
      "The fire started at 7 p.m. and burned until 1630 GMT.",
      "The ports are USB 3. 0 and Thunderbolt.",
      "The new BlackBerry Curve 8900 features a compact design.",
      "The laptop has an Nvidia GeForce GT 650M graphics chip.",
      "The machine runs Windows 7 software.",
      "They held a separate two-plus-two ministerial level meeting.",
      "The coach had one-on-one talks with each player.",
  })
  void aNumberThatNamesAThingIsNotAQuantity(String text) {
    assertThat(Found.of(ValueType.QUANTITY, text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Dozens of passengers on Flight 253 were questioned by 40 agents.|40 agent",
      "The Colts fumbled at the Indianapolis 16-yard line.|16 yard",
      "The Bears ended their season 15-17 at home.|15-17 score",
      "The Colts beat Jacksonville 31-24 on Thursday.|31-24 score",
      "Esther Williams Dies At Age 91.|91 age",
      "Police called 12 witnesses in the case.|12 wit",
      "The rockets were the 7.6 and 7.5 magnitude quakes.|7.6",
      "In Athens 40 people were hurt in the clashes.|40 people",
  })
  void aCountNextToALabelOrNameIsStillAQuantity(String text, String normalized) {
    assertThat(Found.normalized(ValueType.QUANTITY, text)).contains(normalized);
  }

  @Test
  void yearsAndDatesAreNotQuantities() {
    assertThat(Found.of(ValueType.QUANTITY, "In 2022, Japan unveiled a plan on July 28.")).isEmpty();
  }

  @Test
  void aCompoundModifierMeasuresItsOwnWord() {
    Quantity q = quantity("Vinatieri kicked a 45-yard field goal in the fourth quarter.");
    assertThat(q.amount()).isEqualTo(45);
    assertThat(q.unit()).isEqualTo("yard");
  }

  @Test
  void aRecordCutIntoThreeTokensIsARecord() {
    Quantity q = quantity("The 76ers have a record of 9-14 this season.");
    assertThat(q.isScore()).isTrue();
    assertThat(q.normalized()).isEqualTo("9-14 score");
  }
}
