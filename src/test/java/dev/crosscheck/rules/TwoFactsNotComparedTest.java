package dev.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.TestCorpus;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.StoryReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values of one kind that belong to two facts are not compared; close ones of one fact are. Lengths of
 * time far apart are two spans (a strike of weeks, a delay of days); distances from places of other
 * names are two distances ("13 miles east of Cloverdale", "2 miles southeast of The Geysers"); scores of
 * sentences that name other teams are two games, and so are scores of far-apart totals (24-20 at
 * half-time, 91-73 at the end); dates decades apart are two events; figures more than
 * ten times apart count two things; two values one source gives itself are two facts to it, and to the
 * sources that give one of them; days written in the same words are one day, whatever dates their
 * publication dates make of them.
 */
class TwoFactsNotComparedTest {
  private static List<Finding> conflicts(StoryReport r, String rule) {
    return r.findings().stream().filter(f -> f.kind() == Kind.CONFLICT && f.rule().equals(rule)).toList();
  }

  /** Two sources, the same sentence but for what {@code second} says in the place of {@code first}. */
  private static StoryReport story(String sentence, String first, String second) {
    return TestCorpus.check(TestCorpus.sources(sentence.replace("%s", first) + "\n",
        sentence.replace("%s", second) + "\n"));
  }

  private static StoryReport strike(String length) {
    return TestCorpus.check(TestCorpus.sources(
        "The writers' strike in Hollywood lasted 14 weeks before the union agreed to a deal, its leaders said.\n",
        "The writers' strike in Hollywood lasted " + length + " before the union agreed to a deal on Tuesday.\n"));
  }

  private static StoryReport quake(String distance) {
    return story("The earthquake was centered %s, the Geological Survey said on Sunday.", "13 miles east of Cloverdale",
        distance);
  }

  private static StoryReport games(String game) {
    return story("%s on Thursday night to stay unbeaten this season.", "The Tar Heels beat Evansville 91-73",
        game);
  }

  @Test
  void lengthsOfTimeCloseTogetherConflict() {
    assertThat(conflicts(strike("12 weeks"), "CC102")).hasSize(1);
  }

  @Test
  void lengthsOfTimeMoreThanThreeTimesApartAreTwoSpans() {
    assertThat(conflicts(strike("11 days"), "CC102")).isEmpty();
  }

  @Test
  void distancesFromOnePlaceConflict() {
    List<Finding> conflicts = conflicts(quake("19 miles east of Cloverdale"), "CC101");
    assertThat(conflicts).hasSize(1);
    assertThat(conflicts.get(0).topic()).as("named as a distance, not a count of miles").startsWith("the distance");
  }

  @Test
  void distancesFromPlacesOfOtherNamesAreTwoFacts() {
    assertThat(conflicts(quake("2 miles southeast of The Geysers"), "CC101")).isEmpty();
    assertThat(conflicts(quake("30 kilometers (19 miles) from Santa Rosa"), "CC101")).isEmpty();
  }

  @Test
  void twoScoresOfOneGameConflict() {
    assertThat(conflicts(games("The Tar Heels beat Evansville 91-78"), "CC101")).hasSize(1);
  }

  @Test
  void scoresOfFarApartTotalsAreTwoMoments() {
    assertThat(conflicts(games("The Tar Heels led Evansville 24-20"), "CC101")).isEmpty();
  }

  @Test
  void scoresOfSentencesNamingOtherTeamsAreTwoGames() {
    assertThat(conflicts(games("North Florida beat Furman 77-66"), "CC101")).isEmpty();
  }

  private static StoryReport founded(String year) {
    return story("The family firm, which was founded in %s, said on Monday that it would close its last shop.", "1935",
        year);
  }

  @Test
  void yearsAFewApartConflict() {
    assertThat(conflicts(founded("1941"), "CC102")).hasSize(1);
  }

  @Test
  void yearsDecadesApartAreTwoEvents() {
    assertThat(conflicts(founded("1972"), "CC102")).isEmpty();
  }

  private static StoryReport raised(String amount) {
    return story("The charity said on Monday that it had raised %s for the flood victims this year.", "$40 million",
        amount);
  }

  @Test
  void figuresAFewTimesApartConflict() {
    assertThat(conflicts(raised("$120 million"), "CC101")).hasSize(1);
  }

  @Test
  void figuresMoreThanTenTimesApartCountTwoThings() {
    assertThat(conflicts(raised("$900 million"), "CC101")).isEmpty();
  }

  private static final String SMALL_QUAKE = "The earthquake struck at about 7:30 a.m. and had a depth of 1.4 miles, "
      + "according to the USGS.";

  @Test
  void aSourceGivingBothValuesTellsOfTwoFacts() {
    StoryReport told = TestCorpus.check(TestCorpus.sources(
        "The earthquake struck at about 9:30 a.m. and had a depth of 2.7 miles, according to the USGS.\n"
            + SMALL_QUAKE + "\n",
        "The survey listed the epicenter near The Geysers, at a depth of 2.7 miles.\n"));
    assertThat(conflicts(told, "CC101")).isEmpty();
  }

  @Test
  void theSameDepthsInTwoSourcesConflict() {
    StoryReport told = TestCorpus.check(TestCorpus.sources(
        "The earthquake struck at about 9:30 a.m. and had a depth of 2.7 miles, according to the USGS.\n",
        SMALL_QUAKE.replace("7:30", "9:30") + "\n"));
    assertThat(conflicts(told, "CC101")).hasSize(1);
  }

  private static String vote(String published, String day) {
    return "---\ntitle: Parliament to vote on cuts\npublished: " + published + "\n---\n"
        + "The parliament in Athens will vote on the new austerity measures on " + day + ", the government said.\n";
  }

  @Test
  void daysWrittenInTheSameWordsDoNotConflictOverWhatTheirPublicationDatesImply() {
    // a week apart, "Thursday" resolves to two dates; the sources wrote the same day
    StoryReport same = TestCorpus.check(TestCorpus.sources(vote("2010-04-27", "Thursday"), vote("2010-05-04", "Thursday")));
    assertThat(conflicts(same, "CC102")).isEmpty();
    StoryReport other = TestCorpus.check(TestCorpus.sources(vote("2010-04-27", "Thursday"), vote("2010-04-27", "Friday")));
    assertThat(conflicts(other, "CC102")).hasSize(1);
  }

  @Test
  void quotesThatShareOnlyShortWordsAndANameAreTwoQuotes() {
    StoryReport two = story("The official said on Thursday that the new rule is the %s, reporters were told.",
        "“wholly inappropriate use of the Endangered Species Act”", "“absolute heart of the Endangered Species Act”");
    assertThat(conflicts(two, "CC105")).as("two quotes, not one misquoted").isEmpty();
    StoryReport one = story("The official said on Thursday that the new rule is the %s, reporters were told.",
        "“wholly inappropriate use of the Endangered Species Act”", "“wholly improper use of the Endangered Species Act”");
    assertThat(conflicts(one, "CC105")).as("one quote with a word changed").hasSize(1);
  }
}
