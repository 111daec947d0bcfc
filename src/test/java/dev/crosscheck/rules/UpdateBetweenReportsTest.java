package dev.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.TestCorpus;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingValue;
import dev.crosscheck.model.Severity;
import dev.crosscheck.model.StoryReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure that changes from the earlier reports to the later ones is an update of one fact: shown
 * as such, earlier value first, one severity below a conflict. Without dates, or with reports of one
 * day on both sides, it stays a conflict.
 */
class UpdateBetweenReportsTest {
  private static String article(String published, String text) {
    return (published.isEmpty() ? "" : "---\ntitle: Bus crash\npublished: " + published + "\n---\n") + text + "\n";
  }

  private static List<Finding> figures(StoryReport r) {
    return r.findings().stream().filter(f -> f.rule().equals("CC101")).toList();
  }

  private static StoryReport crash(String first, String second, String third) {
    return TestCorpus.check(TestCorpus.sources(
        article(first, "A bus crash on the mountain road near Springfield killed 49 people, police said."),
        article(second, "The bus crash on the mountain road near Springfield killed 50 people, police said."),
        article(third, "Police said 50 people were killed when the bus crashed on the mountain road near Springfield.")));
  }

  @Test
  void aFigureThatChangesBetweenEarlierAndLaterReportsIsAnUpdate() {
    List<Finding> figures = figures(crash("2024-07-27", "2024-07-28", "2024-07-29"));
    assertThat(figures).hasSize(1);
    Finding f = figures.get(0);
    assertThat(f.update()).isTrue();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.values()).extracting(FindingValue::text).containsExactly("49 people", "50 people");
    assertThat(f.message()).contains("Updated between reports").contains("published 2024-07-27")
        .contains("then “50 people” (b, c, published 2024-07-28 to 2024-07-29)");
  }

  @Test
  void withoutDatesOrWithReportsOfOneDayOnBothSidesItIsAConflict() {
    for (StoryReport r : List.of(crash("", "", ""), crash("2024-07-28", "2024-07-28", "2024-07-27"))) {
      assertThat(figures(r)).hasSize(1).allSatisfy(f -> {
        assertThat(f.update()).isFalse();
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
      });
    }
  }
}
