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
  void yearsAndDurations() {
    assertThat(Found.normalized(ValueType.TIME, "In 2022, Japan unveiled a plan that will last for 35 days."))
        .containsExactly("2022", "35 days");
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

  @Test
  void mayTheVerbIsNotAMonth() {
    assertThat(Found.of(ValueType.TIME, "The minister said the talks may continue.")).isEmpty();
  }
}
