package dev.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.TestCorpus;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.StoryReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A story with so many sources that its quotes and numbers are paired through the candidate index
 * instead of all pairs (more than 300 claims of one slot family): the changed quote and the changed
 * number of one source must still be found.
 */
class LargeStoryTest {
  private static final int SOURCES = 170;

  @Test
  void aChangedQuoteAndNumberAreFoundAmongManySources() {
    Map<String, String> articles = new LinkedHashMap<>();
    for (int i = 0; i < SOURCES; i++) {
      String season = i == 37 ? "summer" : "winter";
      String homes = i == 91 ? "4,100" : "1,400";
      articles.put(String.format("s%03d", i), "The river flooded 1,400 homes before dawn, officials said.\n\n"
          + "\u201cWe will rebuild the old stone bridge before " + season + " comes,\u201d said Mayor Anna Lindqvist.\n\n"
          + "\u201cThe water rose faster than anyone in this valley expected,\u201d Lindqvist told reporters.\n\n"
          + "Rescue crews reached " + homes + " flooded homes by Tuesday evening.");
    }
    StoryReport report = TestCorpus.check(articles);
    List<Finding> misquotes = report.findings().stream().filter(f -> f.rule().equals("CC105")).toList();
    assertThat(misquotes).anySatisfy(f -> assertThat(f.evidence()).anySatisfy(e -> {
      assertThat(e.source()).isEqualTo("s037");
      assertThat(e.text()).contains("summer");
    }));
    List<Finding> numbers = report.findings().stream().filter(f -> f.rule().equals("CC101")).toList();
    assertThat(numbers).anySatisfy(f -> assertThat(f.evidence()).anySatisfy(e -> {
      assertThat(e.source()).isEqualTo("s091");
      assertThat(e.text()).contains("4,100");
    }));
  }
}
