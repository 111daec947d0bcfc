package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Modality;
import dev.crosscheck.model.Polarity;
import dev.crosscheck.model.Rank;
import dev.crosscheck.model.RankKind;
import dev.crosscheck.model.ValueType;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankExtractorTest {
  @Test
  void starsOfAnOfficer() {
    Rank r = (Rank) Found.only(ValueType.RANK, "The command will be led by a three-star officer.").value();
    assertThat(r.kind()).isEqualTo(RankKind.STARS);
    assertThat(r.position()).isEqualTo(3);
    assertThat(r.normalized()).isEqualTo("3-star");
  }

  @Test
  void contrastKeepsTheAssertedRankAndMarksTheRequestedOne() {
    List<Claim> ranks = Found.of(ValueType.RANK,
        "The new U.S. command in Japan will be headed by a three-star general, not the four-star rank "
            + "that Japan had requested.");
    assertThat(ranks).hasSize(2);
    Claim three = ranks.get(0);
    Claim four = ranks.get(1);
    assertThat(three.value().normalized()).isEqualTo("3-star");
    assertThat(three.polarity()).isEqualTo(Polarity.ASSERTED);
    assertThat(four.value().normalized()).isEqualTo("4-star");
    assertThat(four.modality()).isEqualTo(Modality.REQUESTED);
  }

  @Test
  void ordinalsAndNumberedPositions() {
    assertThat(Found.normalized(ValueType.RANK, "Shin is the first South Korean defense chief to visit Japan."))
        .containsExactly("1st");
    assertThat(Found.normalized(ValueType.RANK, "The team is ranked No. 2 in the league."))
        .containsExactly("No. 2");
  }

  @Test
  void firstAsAnAdverbIsNotARank() {
    assertThat(Found.of(ValueType.RANK, "First, the ministers met in private.")).isEmpty();
  }

  @Test
  void placesInARankingAreNumberedRanksOfTheNameThatFollows() {
    Rank third = (Rank) Found.only(ValueType.RANK, "He helped the third-ranked Tar Heels stay unbeaten.").value();
    Rank top = (Rank) Found.only(ValueType.RANK, "He helped the top-ranked Tar Heels stay unbeaten.").value();
    Rank numbered = (Rank) Found.only(ValueType.RANK, "He helped the No. 1 Tar Heels stay unbeaten.").value();
    assertThat(third.kind()).isEqualTo(top.kind()).isEqualTo(numbered.kind()).isEqualTo(RankKind.NUMBERED);
    assertThat(third.noun()).isEqualTo(top.noun()).isEqualTo(numbered.noun());
    assertThat(third.position()).isEqualTo(3);
    assertThat(top.position()).isEqualTo(numbered.position()).isEqualTo(1);
  }

  @Test
  void anOrdinalOfAnotherWordStaysAnOrdinal() {
    Rank r = (Rank) Found.only(ValueType.RANK, "He was charged with first-degree murder.").value();
    assertThat(r.kind()).isEqualTo(RankKind.ORDINAL);
    assertThat(r.position()).isEqualTo(1);
  }
}
