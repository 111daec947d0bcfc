package dev.crosscheck.ingest;

import dev.crosscheck.lexicon.BoilerplateCues;
import dev.crosscheck.rules.IngestSettings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps an article's own paragraphs and drops the rest, after jusText (Pomikálek, 2011): each
 * paragraph is first classed by its own features (length, sentence punctuation, share of function
 * words, link density, boilerplate cues), then paragraphs of uncertain class take the class of their
 * context. Short fragments (menu items, buttons, pagination) never stay.
 */
final class BoilerplateFilter {
  enum Kind { GOOD, NEAR_GOOD, HEADING, SHORT, BAD }

  private final BoilerplateCues cues;
  private final Set<String> stopwords;
  private final IngestSettings settings;
  private final Timestamps timestamps;

  BoilerplateFilter(BoilerplateCues cues, Set<String> stopwords, IngestSettings settings, Timestamps timestamps) {
    this.cues = cues;
    this.stopwords = stopwords;
    this.settings = settings;
    this.timestamps = timestamps;
  }

  /** The blocks that are the article's text, in order, without repeated paragraphs. */
  List<Block> keep(List<Block> blocks) {
    List<Kind> kinds = new ArrayList<>();
    for (Block b : blocks) {
      kinds.add(classify(b));
    }
    int firstText = kinds.indexOf(Kind.GOOD);
    for (int i = 0; i < firstText; i++) {
      // a headline in sentence case ("US-Japan security talks focus on ...") before the article text
      if (kinds.get(i) == Kind.SHORT && isLongLine(blocks.get(i).text())) {
        kinds.set(i, Kind.HEADING);
      }
    }
    List<Kind> revised = revise(kinds);
    List<Block> kept = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (revised.get(i) == Kind.GOOD && seen.add(blocks.get(i).text().strip())) {
        kept.add(blocks.get(i));
      }
    }
    return kept;
  }

  Kind classify(Block block) {
    String text = block.text().strip();
    if (cues.startsLikeBoilerplate(text) || block.linkDensity() > settings.maxLinkDensity()
        || timestamps.isTimestamp(text)) {
      return Kind.BAD;
    }
    String[] words = words(text);
    if (words.length <= settings.maxWordsForContains() && cues.containsBoilerplate(text)) {
      return Kind.BAD;
    }
    boolean sentence = words.length >= settings.minSentenceWords() && endsSentence(text);
    if (!sentence) {
      if (block.heading() || looksLikeHeading(text, words)) {
        return Kind.HEADING;
      }
      return Kind.SHORT;
    }
    double stopDensity = stopDensity(words);
    if (text.length() >= settings.lengthHigh() && stopDensity >= settings.stopwordsHigh()) {
      return Kind.GOOD;
    }
    // a sentence: article text unless its neighbours say otherwise
    return Kind.NEAR_GOOD;
  }

  /**
   * Context: a near-good paragraph stays unless both its direct neighbours are fragments or
   * boilerplate, as for a sentence inside a menu or a donation appeal; a heading stays when article text
   * follows it; fragments and boilerplate never stay.
   */
  private static List<Kind> revise(List<Kind> kinds) {
    List<Kind> out = new ArrayList<>(kinds);
    for (int i = 0; i < kinds.size(); i++) {
      if (kinds.get(i) == Kind.NEAR_GOOD) {
        boolean lonely = isNoise(kinds, i - 1) && isNoise(kinds, i + 1);
        out.set(i, lonely ? Kind.BAD : Kind.GOOD);
      } else if (kinds.get(i) == Kind.BAD || kinds.get(i) == Kind.SHORT) {
        out.set(i, Kind.BAD);
      }
    }
    for (int i = 0; i < kinds.size(); i++) {
      if (kinds.get(i) == Kind.HEADING) {
        out.set(i, textFollows(out, kinds, i) ? Kind.GOOD : Kind.BAD);
      }
    }
    return out;
  }

  private static boolean isNoise(List<Kind> kinds, int i) {
    if (i < 0 || i >= kinds.size()) {
      return false;
    }
    Kind k = kinds.get(i);
    return k == Kind.SHORT || k == Kind.BAD;
  }

  /**
   * Article text follows, past headings, fragments and boilerplate (a row of share buttons between
   * a headline and its lead), but before another paragraph that is not article text.
   */
  private static boolean textFollows(List<Kind> revised, List<Kind> original, int i) {
    for (int j = i + 1; j < revised.size() && j <= i + HEADING_REACH; j++) {
      if (revised.get(j) == Kind.GOOD) {
        return true;
      }
      if (original.get(j) == Kind.NEAR_GOOD) {
        return false;
      }
    }
    return false;
  }

  private static final int HEADING_REACH = 15;

  private boolean isLongLine(String text) {
    int words = words(text.strip()).length;
    return words >= SENTENCE_CASE_HEADING_WORDS && words <= settings.headingMaxWords()
        && Character.isUpperCase(text.strip().codePointAt(0));
  }

  private static final int SENTENCE_CASE_HEADING_WORDS = 6;

  private boolean looksLikeHeading(String text, String[] words) {
    if (words.length < settings.headingMinWords() || words.length > settings.headingMaxWords()) {
      return false;
    }
    int capitalised = 0;
    int content = 0;
    for (String w : words) {
      if (stopwords.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      content++;
      if (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0))) {
        capitalised++;
      }
    }
    return content > 0 && capitalised * 2 >= content && Character.isLetterOrDigit(text.codePointAt(0));
  }

  private double stopDensity(String[] words) {
    int stop = 0;
    for (String w : words) {
      if (stopwords.contains(w.toLowerCase(Locale.ROOT))) {
        stop++;
      }
    }
    return words.length == 0 ? 0 : (double) stop / words.length;
  }

  static String[] words(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '’'
          || text.charAt(i) == '-' || text.charAt(i) == '.' && i + 1 < n && Character.isLetter(text.charAt(i + 1)))) {
        i++;
      }
      if (i > s) {
        out.add(text.substring(s, i));
      }
    }
    return out.toArray(new String[0]);
  }

  private static boolean endsSentence(String text) {
    int i = text.length() - 1;
    while (i >= 0 && (text.charAt(i) == '"' || text.charAt(i) == '\u201D' || text.charAt(i) == '\''
        || text.charAt(i) == '\u2019' || text.charAt(i) == ')' || text.charAt(i) == ']'
        || Character.isWhitespace(text.charAt(i)))) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char c = text.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == ':';
  }
}
