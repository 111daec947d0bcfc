package dev.crosscheck.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The greedy tagger and lemmatizer must give what OpenNLP's beam-search {@code POSTaggerME} and
 * {@code LemmatizerME} give with the same models, on real news text: the seeds and the evaluation
 * stories.
 */
class GreedyDecodingTest {
  private static final List<String[]> SENTENCES = new ArrayList<>();

  @BeforeAll
  static void readTexts() {
    TokenizerME tokenizer = new TokenizerME(NlpModels.shared().tokenizer());
    for (String s : NewsSentences.all()) {
      String[] tokens = tokenizer.tokenize(s);
      if (tokens.length > 0) {
        SENTENCES.add(tokens);
      }
    }
  }

  @Test
  void greedyTagsAreTheBeamsTags() {
    POSTaggerME beam = new POSTaggerME(NlpModels.shared().pos());
    GreedyTagger greedy = new GreedyTagger(NlpModels.shared().pos());
    int tokens = 0;
    List<String> different = new ArrayList<>();
    for (String[] s : SENTENCES) {
      String[] expected = beam.tag(s);
      String[] actual = greedy.tag(s);
      tokens += s.length;
      if (!List.of(expected).equals(List.of(actual))) {
        different.add(String.join(" ", s));
      }
    }
    assertThat(tokens).isGreaterThan(20_000);
    assertThat(different).isEmpty();
  }

  @Test
  void greedyLemmasAreTheBeamsLemmas() {
    POSTaggerME tagger = new POSTaggerME(NlpModels.shared().pos());
    Set<String> pairs = new TreeSet<>();
    for (String[] s : SENTENCES) {
      String[] tags = tagger.tag(s);
      for (int i = 0; i < s.length; i++) {
        pairs.add(tags[i] + " " + s[i].toLowerCase(Locale.ROOT));
      }
    }
    LemmatizerME beam = new LemmatizerME(NlpModels.shared().lemmatizer());
    GreedyLemmatizer greedy = new GreedyLemmatizer(NlpModels.shared().lemmatizer());
    List<String> different = new ArrayList<>();
    for (String pair : pairs) {
      String tag = pair.substring(0, pair.indexOf(' '));
      String word = pair.substring(pair.indexOf(' ') + 1);
      String expected = beam.lemmatize(new String[] {word}, new String[] {tag})[0];
      String actual = greedy.lemma(word, tag);
      if (!expected.equals(actual)) {
        different.add(pair + ": " + expected + " / " + actual);
      }
    }
    assertThat(pairs).hasSizeGreaterThan(3_000);
    assertThat(different).isEmpty();
  }
}
