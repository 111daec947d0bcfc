package dev.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.TestCorpus;
import dev.crosscheck.ci.FailLevel;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.StoryReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A source published before an event could not report it: "not yet reported", not an omission. */
class NotYetReportedTest {
  private static final String AFTER = """
      ---
      title: Plant fire injures workers
      published: 2024-07-30
      ---
      A fire at the Acme plant in Springfield on July 28, 2024 injured 14 workers, officials said.
      """;
  private static final String ALSO_AFTER = """
      ---
      title: Fire at Acme plant
      published: 2024-07-29
      ---
      A fire broke out at the Acme plant in Springfield on Sunday, July 28, 2024, injuring 14 workers.
      """;

  private static List<Finding> omissions(StoryReport r, String topicWord) {
    return r.findings().stream().filter(f -> f.kind() == Kind.OMISSION && f.topic().contains(topicWord)).toList();
  }

  @Test
  void aSourcePublishedBeforeTheEventHasNotYetReportedIt() {
    String before = """
        ---
        title: Acme plant prepares for inspection
        published: 2024-07-20
        ---
        The Acme plant in Springfield is preparing for a safety inspection, the company said.
        """;
    StoryReport r = TestCorpus.check(TestCorpus.sources(AFTER, ALSO_AFTER, before));
    List<Finding> workers = omissions(r, "workers");
    assertThat(workers).hasSize(1);
    Finding f = workers.get(0);
    assertThat(f.omittedBy()).isEmpty();
    assertThat(f.notYetReportedBy()).containsExactly("c");
    assertThat(f.message()).contains("not yet reported by c");
    assertThat(FailLevel.parse("omission").reachedBy(f)).as("not counted by --fail-on omission").isFalse();
  }

  @Test
  void aSourcePublishedAfterTheEventLeavesItOut() {
    String later = """
        ---
        title: Acme plant prepares for inspection
        published: 2024-08-02
        ---
        The Acme plant in Springfield is preparing for a safety inspection, the company said.
        """;
    StoryReport r = TestCorpus.check(TestCorpus.sources(AFTER, ALSO_AFTER, later));
    Finding f = omissions(r, "workers").get(0);
    assertThat(f.omittedBy()).containsExactly("c");
    assertThat(f.notYetReportedBy()).isEmpty();
    assertThat(FailLevel.parse("omission").reachedBy(f)).isTrue();
  }
}
