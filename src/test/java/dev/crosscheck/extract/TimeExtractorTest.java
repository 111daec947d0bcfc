package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.TestCorpus;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Modality;
import dev.crosscheck.model.TimeKind;
import dev.crosscheck.model.TimeValue;
import dev.crosscheck.model.ValueType;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class TimeExtractorTest {
  private static TimeValue time(String text) {
    return (TimeValue) Found.only(ValueType.TIME, text).value();
  }

  @Test
  void weekdayWithoutPublicationDateStaysAWeekday() {
    TimeValue t = time("Officials held talks in Tokyo on Sunday.");
    assertThat(t.kind()).isEqualTo(TimeKind.WEEKDAY);
    assertThat(t.weekday()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(t.resolved()).isFalse();
  }

  @Test
  void fullDateWithWeekday() {
    TimeValue t = time("The ceremony took place on Sunday, July 28, 2024 in the capital.");
    assertThat(t.kind()).isEqualTo(TimeKind.DATE);
    assertThat(t.normalized()).isEqualTo("2024-07-28 Sunday");
  }

  @Test
  void dayMonthYearOrder() {
    assertThat(time("He was born on 13 June 2013 in a small town.").normalized()).startsWith("2013-06-13");
  }

  @Test
  void monthAndDeadlineAreReadAsPlanned() {
    Claim c = Found.only(ValueType.TIME, "Japan plans to establish a joint command by March.");
    assertThat(c.value().normalized()).isEqualTo("March");
    assertThat(c.modality()).isEqualTo(Modality.PLANNED);
  }

  @Test
  void dueToWithAVerbIsPlannedButDueToWithANounGivesACause() {
    Claim planned = Found.only(ValueType.TIME, "He is due to appear before magistrates on Tuesday.");
    assertThat(planned.modality()).isEqualTo(Modality.PLANNED);
    Claim cause = Found.only(ValueType.TIME, "The game was delayed due to rain on Tuesday.");
    assertThat(cause.modality()).isEqualTo(Modality.HAPPENED);
  }

  @Test
  void yearsAndDurations() {
    assertThat(Found.normalized(ValueType.TIME, "In 2022, Japan unveiled a plan that will last for 35 days."))
        .containsExactly("2022", "35 days");
  }

  @Test
  void aYearAfterAnArticleDatesTheNounAfterIt() {
    assertThat(Found.normalized(ValueType.TIME, "She was charged in the 1967 slayings of two women."))
        .containsExactly("1967");
    assertThat(Found.normalized(ValueType.TIME, "Police said 1990 people had fled.")).isEmpty();
  }

  @Test
  void relativeExpressionUnresolvedWithoutDate() {
    TimeValue t = time("The meeting was held in Tokyo today.");
    assertThat(t.kind()).isEqualTo(TimeKind.RELATIVE);
    assertThat(t.relative()).isEqualTo("today");
  }

  @Test
  void relativeExpressionsResolveAgainstPublicationDate() {
    List<Claim> claims = TestCorpus.extract(TestCorpus.story("s", Map.of("a",
        "---\npublished: 2024-07-28\n---\nThe talks were held yesterday. They met again on Friday.\n")))
        .articles().get(0).claims().stream().filter(c -> c.type() == ValueType.TIME).toList();
    assertThat(claims).extracting(c -> c.value().normalized())
        .containsExactly("2024-07-27 Saturday", "2024-07-26 Friday");
  }

  private static String resolved(String published, String sentence) {
    List<Claim> claims = TestCorpus.extract(TestCorpus.story("s", Map.of("a",
        "---\npublished: " + published + "\n---\n" + sentence + "\n")))
        .articles().get(0).claims().stream().filter(c -> c.type() == ValueType.TIME).toList();
    assertThat(claims).as(sentence).hasSize(1);
    return claims.get(0).value().normalized();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      // the past for what the sentence puts in the past
      "2009-01-05|He was arrested on December 28 in Chicago.|2008-12-28 Sunday",
      "2009-01-05|He was arrested in February.|2008-02",
      "2005-11-28|In February, a quake measuring 6.4 hit the town of Zarand.|2005-02",
      "2011-11-10|Thousands have fled the region since June.|2011-06",
      "2011-10-12|Seacom started to experience problems on Saturday.|2011-10-08 Saturday",
      // the future for what is planned
      "2013-05-14|The phone will be available in June.|2013-06",
      // the nearest one otherwise: a few weeks ahead, not eleven months back
      "2009-01-05|The trial begins January 31 in Chicago.|2009-01-31 Saturday",
      "2013-08-04|The anniversary special, which all air in November, is his last.|2013-11",
      "2013-04-10|He faces life in prison when he's sentenced May 7.|2013-05-07 Tuesday",
      "2011-01-05|New Orleans plays at Seattle on Saturday.|2011-01-08 Saturday",
      "2009-03-04|The rule, finalized in December, made the consultations optional.|2008-12",
  })
  void aDateWithoutItsYearIsTheNearestOneInTheDirectionOfTheTense(String published, String sentence,
      String expected) {
    assertThat(resolved(published, sentence)).isEqualTo(expected);
  }

  @Test
  void aRelativeTimeInsideAQuoteIsNotTheArticleDate() {
    List<Claim> claims = TestCorpus.extract(TestCorpus.story("s", Map.of("a", "---\npublished: 2011-01-05\n---\n"
        + "“We found the bodies today,” the sheriff said. The coach said the team was “ready to play tomorrow.” "
        + "\"This week has been hard,\" he said. The bodies were found yesterday.\n")))
        .articles().get(0).claims().stream().filter(c -> c.type() == ValueType.TIME).toList();
    assertThat(claims).extracting(c -> c.value().normalized(), c -> ((TimeValue) c.value()).resolved())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("today", false),
            org.assertj.core.groups.Tuple.tuple("tomorrow", false),
            org.assertj.core.groups.Tuple.tuple("this week", false),
            org.assertj.core.groups.Tuple.tuple("2011-01-04 Tuesday", true));
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "The product will ship in late 2009 or early 2010.",
      "The trial could start in March or April.",
      "He was arrested on Monday or Tuesday.",
      "It happened sometime between late 2005 and early 2007, police said.",
  })
  void alternativeTimesAreNoDatedClaims(String text) {
    assertThat(Found.of(ValueType.TIME, text)).isEmpty();
    assertThat(Found.of(ValueType.QUANTITY, text)).isEmpty();
  }

  @Test
  void timesThatBothHappenedStay() {
    assertThat(Found.normalized(ValueType.TIME, "The plant closed in 2008 and reopened in 2010."))
        .containsExactly("2008", "2010");
    assertThat(Found.normalized(ValueType.TIME, "He served from 1996 to 2000.")).containsExactly("1996", "2000");
  }

  @Test
  void mayTheVerbIsNotAMonth() {
    assertThat(Found.of(ValueType.TIME, "The minister said the talks may continue.")).isEmpty();
  }
}
