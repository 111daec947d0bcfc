package dev.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.TestCorpus;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.StoryReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A score belongs to the teams its sentence names: the scores of sentences that name other teams are two
 * games, not a conflict; two scores of one game are.
 */
class ScoresOfOtherTeamsTest {
  private static List<Finding> scoreConflicts(StoryReport r) {
    return r.findings().stream().filter(f -> f.kind() == Kind.CONFLICT && f.rule().equals("CC101")).toList();
  }

  private static StoryReport games(String second) {
    return TestCorpus.check(TestCorpus.sources(
        "The Tar Heels beat Evansville 91-73 on Thursday night to stay unbeaten, coach Roy Williams said.\n",
        second + "\n"));
  }

  @Test
  void twoScoresOfOneGameConflict() {
    assertThat(scoreConflicts(games("The Tar Heels beat Evansville 91-78 on Thursday night to stay unbeaten."))).hasSize(1);
  }

  @Test
  void scoresOfSentencesNamingOtherTeamsAreTwoGames() {
    assertThat(scoreConflicts(games("North Florida beat Furman 77-66 on Thursday night to stay unbeaten."))).isEmpty();
  }
}
