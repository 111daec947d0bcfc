package dev.crosscheck.eval;

import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.StoryReport;
import dev.crosscheck.lexicon.Lexicons;
import dev.crosscheck.lexicon.WordNet;
import dev.crosscheck.nlp.Lemmas;
import dev.crosscheck.rules.RulesSource;
import dev.crosscheck.rules.Topics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with the wording of findings' topics and messages: a word that is in none of the
 * finding's evidence sentences and not one of the words topics add (a lemma or stem such as "countri"
 * or "agree" for "agreed"; a capitalised name from elsewhere in the articles, such as a quote's speaker,
 * the plural of a word of the sentences ("yards" for "a 45-yard run"), the noun of a verb of the
 * sentences ("death" for "died", {@code WordNet#eventNoun}), and the words of the lexicon's
 * names of counts of people, "the death toll", are allowed), a word said
 * twice in a row, or punctuation at the end.
 */
final class TopicWording {
  private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern DOUBLED = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(\\p{L}+) \\1(?![\\p{L}\\p{N}])");
  /** Punctuation at the end, but for an abbreviation's full stop ("the Police Capt.", "the U.N."). */
  private static final Pattern TRAILING = Pattern.compile("(?<!(?:^|\\s)\\p{Lu}\\p{Ll}{0,3}|\\p{Lu})[.,;:!?]$|[,;:!?]$");

  /** The words topics add: those of {@link Topics#FIXED_WORDS} and of the lexicon's people_count_topics. */
  private static final Set<String> ADDED = added();

  private TopicWording() {}

  private static Set<String> added() {
    Set<String> out = new HashSet<>(Topics.FIXED_WORDS);
    Lexicons.load(RulesSource.bundled()).units().peopleCountTopics().values()
        .forEach(name -> out.addAll(List.of(name.toLowerCase(Locale.ROOT).split("\\s+"))));
    return out;
  }

  private static final Map<String, String> SINGULARS = Map.of("men", "man", "women", "woman", "people", "person",
      "children", "child");

  /** A plural of a word of the sentences ("yards" for "a 45-yard run", "people" for "one person"). */
  private static boolean saidInTheSingular(String w, Set<String> said) {
    return SINGULARS.containsKey(w) && said.contains(SINGULARS.get(w))
        || w.endsWith("ies") && said.contains(w.substring(0, w.length() - 3) + "y")
        || w.endsWith("es") && said.contains(w.substring(0, w.length() - 2))
        || w.endsWith("s") && said.contains(w.substring(0, w.length() - 1));
  }

  static List<String> problems(List<StoryReport> reports) {
    List<String> out = new ArrayList<>();
    for (StoryReport r : reports) {
      Set<String> names = new HashSet<>();
      Set<String> articleWords = new HashSet<>();
      for (var a : r.articles()) {
        for (String w : SPLIT.split(a.article().clean().text())) {
          if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
            names.add(w.toLowerCase(Locale.ROOT));
          }
          articleWords.add(w.toLowerCase(Locale.ROOT));
        }
      }
      for (Finding f : r.findings()) {
        String topic = f.topic();
        Set<String> said = new HashSet<>();
        for (Evidence e : f.evidence()) {
          for (String w : SPLIT.split(e.text().toLowerCase(Locale.ROOT))) {
            said.add(w);
            said.add(WordNet.shared().eventNoun(Lemmas.shared().lemma(w, "VERB"))); // "death" for "died"
          }
          for (String w : e.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            said.add(w); // "km" of "1,000km"
          }
        }
        int quote = Math.max(topic.indexOf("’s quote “"), topic.indexOf("’ quote “"));
        String speaker = quote < 0 ? "" : topic.substring(0, quote);
        for (String word : SPLIT.split(topic)) {
          String w = word.toLowerCase(Locale.ROOT);
          // a capitalised name from elsewhere in the articles, or a quote's speaker as the articles name them
          boolean name = !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && names.contains(w)
              || speaker.contains(word) && articleWords.contains(w);
          if (!w.isEmpty() && !said.contains(w) && !saidInTheSingular(w, said) && !ADDED.contains(w) && !name) {
            out.add(r.id() + " " + f.rule() + ": \"" + w + "\" of \"" + topic + "\" is in no evidence sentence");
          }
        }
        if (doubledNotInValues(unquoted(topic), f) || doubledNotInValues(f.message(), f)) {
          out.add(r.id() + " " + f.rule() + ": a word twice in a row in \"" + topic + "\" or \"" + f.message() + "\"");
        }
        if (TRAILING.matcher(topic).find()) {
          out.add(r.id() + " " + f.rule() + ": punctuation at the end of \"" + topic + "\"");
        }
      }
    }
    return out;
  }

  /** The topic without the words it quotes, which are the source's as written ("was was set at ..."). */
  private static String unquoted(String topic) {
    return topic.replaceAll("\u201c[^\u201d]*\u201d", "\u201c\u201d");
  }

  /**
   * A word twice in a row that is not the sources' own: a doubled word they wrote ("had had"), or a
   * name as written ("Sgt. Mourad Mourad"), is in a value as it stands.
   */
  private static boolean doubledNotInValues(String text, Finding f) {
    Matcher m = DOUBLED.matcher(text);
    while (m.find()) {
      String doubled = m.group();
      if (f.values().stream().noneMatch(v -> v.text().contains(doubled))) {
        return true;
      }
    }
    return false;
  }
}
