package dev.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.TestCorpus;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.StoryReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    List<StoryReport> unedited = suite.stories().parallelStream().map(s -> runner.unedited(suite, s)).toList();
    CleanScore clean = CleanScore.of(unedited, suite.labels(), suite.minCleanPrecision());
    List<CaseResult> results = suite.cases().parallelStream().map(c -> runner.run(suite, c)).toList();
    List<String> gold = runner.failedGold(suite);
    OmissionScore omissions = OmissionScore.of(unedited, suite);
    AgreementScore agreements = AgreementScore.of(unedited, suite);
    PlantedOmissions planted = new PlantedOmissions(
        suite.omissionCases().parallelStream().map(c -> runner.run(suite, c)).toList(), suite.minOmissionRecall());
    EvalTable table = new EvalTable(results, suite.minRecall(), suite.minPrecision(), suite.gold().size(), gold,
        clean, omissions, planted, agreements);
    System.out.println(table.render());
    assertThat(results).allMatch(r -> r.problem().isEmpty(), "every case runs");
    assertThat(gold).as("gold expectations that fail").isEmpty();
    assertThat(table.paraphrasedRecall()).as("recall on planted conflicts said in other words by the others")
        .isGreaterThanOrEqualTo(suite.minRecall());
    assertThat(table.precision()).as("precision of the conflicts the edits bring")
        .isGreaterThanOrEqualTo(suite.minPrecision());
    assertThat(TopicWording.problems(unedited)).as("topics and messages of the unedited stories with stray lemmas,"
        + " doubled words or punctuation at the end").isEmpty();
    assertThat(clean.unlabelled()).as("conflicts on the unedited stories that nobody labelled").isEmpty();
    assertThat(omissionsShownTwice(unedited)).as("omissions of one story with the same values and sentences")
        .isEmpty();
    assertThat(omissions.precision()).as("precision of the first omissions of the labelled stories")
        .isGreaterThanOrEqualTo(omissions.minPrecision());
    assertThat(agreements.precision()).as("precision of the sampled agreements")
        .isGreaterThanOrEqualTo(suite.minAgreementPrecision());
    assertThat(planted.results()).allMatch(r -> r.problem().isEmpty(), "every planted omission runs");
    assertThat(planted.recall()).as("recall on planted omissions").isGreaterThanOrEqualTo(suite.minOmissionRecall());
    assertThat(clean.precision()).as("precision of the conflicts on the unedited stories")
        .isGreaterThanOrEqualTo(suite.minCleanPrecision());
  }

  /** One detail, one omission: the omissions that repeat another of their story's values and evidence. */
  static List<String> omissionsShownTwice(List<StoryReport> reports) {
    List<String> out = new ArrayList<>();
    for (StoryReport r : reports) {
      Set<Set<String>> seen = new HashSet<>();
      for (Finding f : r.findings()) {
        if (f.kind() != Kind.OMISSION) {
          continue;
        }
        Set<String> shown = new HashSet<>();
        f.values().forEach(v -> shown.add("value " + v.text()));
        f.evidence().forEach(e -> shown.add("sentence " + e.source() + ':' + e.start()));
        if (!seen.add(shown)) {
          out.add(r.id() + ": " + f.message());
        }
      }
    }
    return out;
  }
}
