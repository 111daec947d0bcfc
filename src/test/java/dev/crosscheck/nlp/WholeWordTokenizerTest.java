package dev.crosscheck.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer analysis uses leaves words of letters only or digits only whole without asking the
 * model. On real news text (the seeds and the evaluation stories) it must give the model's tokens,
 * except where the model cuts such a word in pieces ("touch" "screen"), which it keeps whole.
 */
class WholeWordTokenizerTest {
  @Test
  void givesTheModelsTokensButForWordsTheModelCuts() {
    TokenizerME model = new TokenizerME(NlpModels.shared().tokenizer());
    TokenizerME wholeWords = new TokenizerME(NlpModels.shared().wholeWordTokenizer());
    int tokens = 0;
    List<String> unexplained = new ArrayList<>();
    for (String s : NewsSentences.all()) {
      Span[] expected = model.tokenizePos(s);
      Span[] actual = wholeWords.tokenizePos(s);
      tokens += expected.length;
      if (!List.of(expected).equals(List.of(actual)) && !onlyWordsKeptWhole(s, expected, actual)) {
        unexplained.add(s);
      }
    }
    assertThat(tokens).isGreaterThan(20_000);
    assertThat(unexplained).isEmpty();
  }

  /** Each token that differs is a word of letters the model cut into the pieces that differ. */
  private static boolean onlyWordsKeptWhole(String s, Span[] model, Span[] whole) {
    int i = 0;
    for (Span w : whole) {
      if (i < model.length && model[i].equals(w)) {
        i++;
        continue;
      }
      String word = s.substring(w.getStart(), w.getEnd());
      if (!word.chars().allMatch(Character::isLetter)) {
        return false;
      }
      while (i < model.length && model[i].getEnd() <= w.getEnd()) {
        if (model[i].getStart() < w.getStart()) {
          return false;
        }
        i++;
      }
    }
    return i == model.length;
  }
}
