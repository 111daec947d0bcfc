package dev.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.TestCorpus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The labelled evaluation suite (src/test/resources/eval): recall on planted conflicts and precision
 * must reach the bars of suite.yaml, or the build fails. The table is printed for the build log.
 */
class EvalSuiteTest {
  @Test
  void plantedConflictsAreFoundAndCompatibleEditsAreNot() {
    EvalSuite suite = EvalSuite.load(Path.of("src/test/resources/eval"));
    EvalRunner runner = new EvalRunner(TestCorpus.crosscheck());
    List<CaseResult> results = suite.cases().parallelStream().map(c -> runner.run(suite, c)).toList();
    List<String> gold = runner.failedGold(suite);
    EvalTable table = new EvalTable(results, suite.minRecall(), suite.minPrecision(), runner.background(),
        suite.gold().size(), gold);
    System.out.println(table.render());
    assertThat(results).allMatch(r -> r.problem().isEmpty(), "every case runs");
    assertThat(gold).as("gold expectations that fail").isEmpty();
    assertThat(table.recall()).as("recall on planted conflicts").isGreaterThanOrEqualTo(suite.minRecall());
    assertThat(table.precision()).as("precision").isGreaterThanOrEqualTo(suite.minPrecision());
  }
}
