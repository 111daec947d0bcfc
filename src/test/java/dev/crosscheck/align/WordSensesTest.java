package dev.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.TestCorpus;
import dev.crosscheck.lexicon.WordNet;
import org.junit.jupiter.api.Test;

/** Words that can stand for one another in the telling of one fact: the lexicon's classes and WordNet. */
class WordSensesTest {
  private final WordSenses lexiconOnly = new WordSenses(TestCorpus.crosscheck().lexicons().senses(), null);
  private final WordSenses withWordNet = new WordSenses(TestCorpus.crosscheck().lexicons().senses(), WordNet.shared());

  @Test
  void theLexiconsClassesJoinWordsNewsUsesForOneAnother() {
    assertThat(lexiconOnly.related("kill", "VERB", "toll", "NOUN")).isTrue();
    assertThat(lexiconOnly.related("soldier", "NOUN", "troop", "NOUN")).isTrue();
    assertThat(lexiconOnly.related("kill", "VERB", "injure", "VERB")).isFalse();
    assertThat(lexiconOnly.related("open", "VERB", "watch", "VERB")).isFalse();
  }

  @Test
  void wordNetAddsSynonymsOfTheCommonestSensesOfOnePartOfSpeech() {
    assertThat(lexiconOnly.related("thwart", "VERB", "foil", "VERB")).isFalse();
    assertThat(withWordNet.related("thwart", "VERB", "foil", "VERB")).isTrue();
    assertThat(withWordNet.related("vanish", "VERB", "disappear", "VERB")).isTrue();
    assertThat(withWordNet.related("vanish", "VERB", "disappear", "NOUN")).isFalse();
    assertThat(withWordNet.related("remember", "VERB", "commemorate", "VERB")).isFalse(); // not in the commonest senses
  }

  @Test
  void lightVerbsSayLittleOfWhatAValueIsAbout() {
    assertThat(lexiconOnly.isLightVerb("say")).isTrue();
    assertThat(lexiconOnly.isLightVerb("")).isTrue();
    assertThat(lexiconOnly.isLightVerb("arrest")).isFalse();
  }

  @Test
  void aVerbsEventNounIsTheActOrEventWordNetDerivesFromIt() {
    assertThat(withWordNet.eventNoun("die")).isEqualTo("death");
    assertThat(withWordNet.eventNoun("arrest")).isEqualTo("arrest");
    assertThat(withWordNet.eventNoun("elect")).isEqualTo("election");
    assertThat(withWordNet.eventNoun("uphold")).as("only a person noun, upholder").isEmpty();
    assertThat(withWordNet.eventNoun("say")).as("a light verb").isEmpty();
    assertThat(WordNet.shared().eventNoun("fire")).isEqualTo("fire");
    assertThat(withWordNet.eventNoun("fire")).as("no_event_noun of lexicons/senses.yaml").isEmpty();
    assertThat(lexiconOnly.eventNoun("die")).as("WordNet off").isEmpty();
  }
}
