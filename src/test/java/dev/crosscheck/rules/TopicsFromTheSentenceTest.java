package dev.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.TestCorpus;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.StoryReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A topic that would be bare ("the date", "the rank") says what the value belongs to when its sentence
 * does: the noun a date modifies ("the June agreement": "the date of the agreement"), a rank's relative
 * clause ("the four-star rank that Japan had requested"); a count of people killed is "the death toll"
 * (lexicons/units.yaml, {@code people_count_topics}) when every claim of it says so.
 */
class TopicsFromTheSentenceTest {
  private static List<String> topics(StoryReport r, String value) {
    return r.findings().stream().filter(f -> f.values().stream().anyMatch(v -> v.text().equals(value)))
        .map(Finding::topic).toList();
  }

  @Test
  void aDateThatModifiesANounIsTheDateOfIt() {
    StoryReport r = TestCorpus.check(TestCorpus.sources(
        "The ministers met in Tokyo on Sunday. They signed a memorandum based on the June agreement in Singapore.\n",
        "The ministers met in Tokyo on Sunday to talk about the alliance.\n"));
    assertThat(topics(r, "June")).isNotEmpty().allMatch(t -> t.equals("the date of the agreement"));
  }

  @Test
  void aDateThatModifiesACompoundIsTheDateOfAllOfIt() {
    StoryReport r = TestCorpus.check(TestCorpus.sources(
        "The actress checked into a clinic on Sunday. The sentence was handed down in a 2012 car crash case.\n",
        "The actress checked into a clinic on Sunday, her lawyer said.\n"));
    assertThat(topics(r, "2012")).isNotEmpty().allMatch(t -> t.equals("the date of the car crash case"));
  }

  @Test
  void aDateOrPlaceRightByItsVerbIsNamedByTheVerbsNoun() {
    StoryReport r = TestCorpus.check(TestCorpus.sources(
        "The singer died on Friday in Santa Rosa, his family said. The singer, then a student, was arrested in 1972.\n",
        "The singer died on Thursday at his home, his family said.\n"));
    assertThat(topics(r, "1972")).isNotEmpty().allMatch(t -> t.equals("the date of arrest"));
    assertThat(topics(r, "Santa Rosa")).isNotEmpty().allMatch(t -> t.equals("the place of death"));
    assertThat(topics(r, "Friday")).as("the conflict of the day of the death")
        .isNotEmpty().allMatch(t -> t.equals("the date of death"));
  }

  @Test
  void anAgeIsNamedByWhoseItIs() {
    StoryReport r = TestCorpus.check(TestCorpus.sources(
        "The quake struck the island on Sunday. Governor Atururi said a 10-year-old girl was killed. "
            + "Yvonne Hiller, 43, was charged, prosecutor Fairman said.\n",
        "The quake struck the island on Sunday, officials said.\n"));
    assertThat(topics(r, "10-year-old")).isNotEmpty().allMatch(t -> t.equals("the age of the girl"));
    assertThat(topics(r, "43")).isNotEmpty().allMatch(t -> t.equals("the age of Hiller"));
  }

  @Test
  void aDateOfAVerbWhoseNounNamesNoEventStaysTheDate() {
    StoryReport r = TestCorpus.check(TestCorpus.sources(
        "The singer died on Friday, his family said. The singer, then a student, fired his manager in 1998.\n",
        "The singer died on Thursday at his home, his family said.\n"));
    assertThat(topics(r, "1998")).as("fire: no \"the date of fire\" (lexicons/senses.yaml no_event_noun)")
        .isNotEmpty().allMatch(t -> t.equals("the date"));
  }

  @Test
  void aDateBeforeAnAdjectiveStaysTheDate() {
    StoryReport r = TestCorpus.check(TestCorpus.sources(
        "The ministers met in Tokyo on Sunday. It came after the 2012 presidential election in Taipei.\n",
        "The ministers met in Tokyo on Sunday to talk about the alliance.\n"));
    assertThat(topics(r, "2012")).isNotEmpty().noneMatch(t -> t.contains("presidential"));
  }

  @Test
  void aRankWithARelativeClauseIsNamedByIt() {
    StoryReport r = TestCorpus.check(TestCorpus.sources(
        "The ministers met in Tokyo on Sunday. The new command will be headed by a general, not the four-star "
            + "rank that Japan had requested.\n",
        "The ministers met in Tokyo on Sunday to talk about the alliance.\n"));
    assertThat(topics(r, "four-star")).isNotEmpty().allMatch(t -> t.equals("the rank that Japan had requested"));
  }

  @Test
  void aCountIsNamedByThePluralOfItsNoun() {
    StoryReport r = TestCorpus.check(TestCorpus.sources(
        "The Saints beat the Lions on Sunday. Ivory broke a 45-yard run in the third quarter.\n",
        "The Saints beat the Lions on Sunday in New Orleans.\n"));
    List<String> topics = r.findings().stream().filter(f -> f.values().stream().anyMatch(v -> v.text().contains("45")))
        .map(Finding::topic).toList();
    assertThat(topics).isNotEmpty().allMatch(t -> t.startsWith("the number of yards"), "the number of yards ...");
    assertThat(SentenceWords.plural("person")).isEqualTo("people");
    assertThat(SentenceWords.plural("party")).isEqualTo("parties");
    assertThat(SentenceWords.plural("people")).as("plural already").isEqualTo("people");
    assertThat(SentenceWords.plural("police")).as("a group").isEqualTo("police");
    assertThat(SentenceWords.plural("injured")).as("no noun").isEqualTo("injured");
  }

  @Test
  void aCountOfPeopleKilledIsTheDeathToll() {
    StoryReport r = TestCorpus.check(TestCorpus.sources(
        "The earthquake struck the island on Sunday. It killed 12 people in three villages, officials said.\n",
        "The earthquake struck the island on Sunday. At least 15 people died in three villages, police said.\n"));
    assertThat(topics(r, "12 people")).isNotEmpty().allMatch(t -> t.equals("the death toll"));
  }

  @Test
  void aCountOfPeopleInjuredKeepsTheWordsOfItsSentence() {
    StoryReport r = TestCorpus.check(TestCorpus.sources(
        "The earthquake struck the island on Sunday. It killed 12 people in three villages, officials said.\n",
        "The earthquake struck the island on Sunday. It injured 15 people in three villages, police said.\n"));
    assertThat(topics(r, "15 people")).isNotEmpty().noneMatch(t -> t.contains("death"));
  }
}
