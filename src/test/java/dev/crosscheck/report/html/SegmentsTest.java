package dev.crosscheck.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.CleanText.TextRange;
import dev.crosscheck.report.html.Segments.Mark;
import dev.crosscheck.report.html.Segments.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentsTest {
  @Test
  void marksAtOffsetsOfTheWholeText() {
    // "40 people" at 10..19 of the whole text; the sentence starts at 5
    String sentence = "Some 40 people were hurt.";
    List<Segment> s = Segments.of(sentence, 5, List.of(new TextRange(10, 19)));
    assertThat(s).containsExactly(new Segment("Some ", false), new Segment("40 people", true),
        new Segment(" were hurt.", false));
  }

  @Test
  void overlappingAndTouchingMarksJoinAndOutsideMarksAreCut() {
    List<Segment> s = Segments.of("abcdefghij", 0,
        List.of(new TextRange(2, 4), new TextRange(3, 6), new TextRange(6, 7), new TextRange(8, 30),
            new TextRange(40, 50), new TextRange(1, 1)));
    assertThat(s).containsExactly(new Segment("ab", false), new Segment("cdefg", true), new Segment("h", false),
        new Segment("ij", true));
  }

  @Test
  void linkedMarksJoinWhenTheyOverlapAndLinkWhereTheFirstGivenDoes() {
    String text = "Secretary Antony Blinken, Tokyo";
    Mark omission = new Mark(new TextRange(10, 24), "#o1", "omission", "O1 name");
    Mark conflict = new Mark(new TextRange(10, 16), "#c1", "conflict", "C1 spelling");
    Mark touching = new Mark(new TextRange(0, 10), "#a1", "agreement", "A1 role");
    assertThat(Segments.linked(text, 0, List.of(conflict, omission, touching))).containsExactly(
        new Segment("Secretary ", true, "#a1", "agreement", "A1 role"),
        new Segment("Antony Blinken", true, "#c1", "conflict", "C1 spelling; O1 name"),
        new Segment(", Tokyo", false));
  }

  @Test
  void noMarksGiveOnePlainSegment() {
    assertThat(Segments.of("text", 0, List.of())).containsExactly(new Segment("text", false));
    assertThat(Segments.of("", 0, List.of())).containsExactly(new Segment("", false));
  }

  @Test
  void findIgnoresCaseAndFindsEveryOccurrence() {
    assertThat(Segments.find("Sunday, and sunday again", "SUNDAY"))
        .containsExactly(new TextRange(0, 6), new TextRange(12, 18));
    assertThat(Segments.find("text", "  ")).isEmpty();
  }
}
