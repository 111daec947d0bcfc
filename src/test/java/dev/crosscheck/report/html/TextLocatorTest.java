package dev.crosscheck.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.CleanText;
import dev.crosscheck.model.CleanText.TextRange;
import dev.crosscheck.model.OffsetMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLocatorTest {
  // original: two HTML paragraphs, one with an entity; clean: the text, paragraphs split by a blank line
  private static final String ORIGINAL = "<p>Tom &amp; Jerry met in Rome.</p>\n<p>It rained. Tom &amp; Jerry met in Rome.</p>";
  private static final String CLEAN = "Tom & Jerry met in Rome.\n\nIt rained. Tom & Jerry met in Rome.";

  private static TextLocator htmlLike() {
    int p1 = ORIGINAL.indexOf("Tom");
    int p2 = ORIGINAL.indexOf("It rained");
    int amp2 = ORIGINAL.indexOf("&amp;", p2);
    int c2 = CLEAN.indexOf("It rained");
    int cAmp2 = CLEAN.indexOf('&', c2);
    OffsetMap map = new OffsetMap.Builder()
        .add(0, 4, p1, 4)                                    // "Tom "
        .add(4, 1, p1 + 4, 5)                                // "&" <- "&amp;"
        .add(5, 19, p1 + 9, 19)                              // " Jerry met in Rome."
        .add(c2, cAmp2 - c2, p2, amp2 - p2)                  // "It rained. Tom "
        .add(cAmp2, 1, amp2, 5)                              // "&" <- "&amp;"
        .add(cAmp2 + 1, CLEAN.length() - cAmp2 - 1, amp2 + 5, CLEAN.length() - cAmp2 - 1)
        .build();
    return new TextLocator(new CleanText(CLEAN, map, List.of(new TextRange(0, 24), new TextRange(c2, CLEAN.length()))));
  }

  @Test
  void findsASentenceThroughTheOffsetMap() {
    TextLocator loc = htmlLike();
    int start = ORIGINAL.indexOf("It rained");
    TextRange r = loc.sentence(start, start + "It rained.".length(), "It rained.");
    assertThat(CLEAN.substring(r.start(), r.end())).isEqualTo("It rained.");
    assertThat(r.start()).isEqualTo(CLEAN.indexOf("It rained"));
  }

  @Test
  void aRepeatedSentenceIsTheOccurrenceTheOffsetsPointAt() {
    TextLocator loc = htmlLike();
    String sentence = "Tom & Jerry met in Rome.";
    int first = ORIGINAL.indexOf("Tom");
    int second = ORIGINAL.lastIndexOf("Tom");
    assertThat(loc.sentence(first, ORIGINAL.indexOf("</p>"), sentence).start()).isZero();
    assertThat(loc.sentence(second, ORIGINAL.lastIndexOf("</p>"), sentence).start())
        .isEqualTo(CLEAN.lastIndexOf(sentence));
  }

  @Test
  void mapsValuesInsideTheirSentence() {
    TextLocator loc = htmlLike();
    int second = ORIGINAL.lastIndexOf("Tom");
    TextRange sentence = loc.sentence(second, ORIGINAL.lastIndexOf("</p>"), "Tom & Jerry met in Rome.");
    int rome = ORIGINAL.lastIndexOf("Rome");
    TextRange value = loc.span(rome, rome + 4, sentence);
    assertThat(CLEAN.substring(value.start(), value.end())).isEqualTo("Rome");
    int jerry = ORIGINAL.lastIndexOf("Jerry");
    TextRange afterEntity = loc.span(jerry, jerry + 5, sentence);
    assertThat(CLEAN.substring(afterEntity.start(), afterEntity.end())).isEqualTo("Jerry");
    // a value the map puts outside the sentence is kept inside it
    TextRange outside = loc.span(0, 3, sentence);
    assertThat(outside.start()).isBetween(sentence.start(), sentence.end());
    assertThat(outside.end()).isBetween(outside.start(), sentence.end());
  }

  @Test
  void withoutAMatchingTextTheOffsetsAlonePlaceTheSentence() {
    TextLocator loc = htmlLike();
    int start = ORIGINAL.indexOf("It rained");
    TextRange r = loc.sentence(start, start + 10, "It rained (edited).");
    assertThat(CLEAN.substring(r.start(), r.end())).isEqualTo("It rained.");
  }

  @Test
  void identityMapRoundTrips() {
    String text = "One. Two. Three.";
    TextLocator loc = new TextLocator(new CleanText(text, new OffsetMap.Builder().add(0, text.length(), 0,
        text.length()).build(), List.of()));
    for (int i = 0; i <= text.length(); i++) {
      assertThat(loc.cleanStart(i)).isEqualTo(i);
      assertThat(loc.cleanEnd(i)).isEqualTo(i);
    }
  }
}
