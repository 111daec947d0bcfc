package dev.crosscheck.group;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The terms that tell one story from another, counted in an article: content words (lower case, a
 * plural "s" removed, function words left out); the same words again, marked, when capitalised
 * inside a sentence (names, places, organisations); runs of two capitalised words ("tara reid");
 * years; and the words of the URL's path (often the headline). The title and the lead (the first
 * {@code leadWords} words) count {@code leadWeight} times.
 */
final class TermExtractor {
  /** Prefix of a name term: two capitalised words in a row. */
  static final String NAME = "=";
  /** Prefix of a year term. */
  static final String YEAR = "#";
  /** Prefix of a capitalised word seen inside a sentence. */
  static final String PROPER = "^";

  private static final Set<String> URL_WORDS = Set.of("http", "https", "www", "com", "org", "net", "html", "htm",
      "php", "asp", "aspx", "shtml", "index", "article", "articles", "story", "stories", "news", "print", "id");

  private final Set<String> stopwords;
  private final int leadWords;
  private final int leadWeight;

  TermExtractor(Set<String> stopwords, int leadWords, int leadWeight) {
    this.stopwords = stopwords;
    this.leadWords = leadWords;
    this.leadWeight = leadWeight;
  }

  Map<String, Integer> terms(GroupItem item) {
    Map<String, Integer> counts = new HashMap<>();
    addText(item.title(), Integer.MAX_VALUE, counts);
    addText(item.text(), leadWords, counts);
    addUrl(item.url(), counts);
    return counts;
  }

  private void addText(String text, int lead, Map<String, Integer> counts) {
    int n = text.length();
    int i = 0;
    int words = 0;
    boolean sentenceStart = true;
    String previousCapital = null;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || joiner(text, i))) {
          i++;
        }
        String token = text.substring(start, i);
        int weight = words++ < lead ? leadWeight : 1;
        boolean capital = Character.isUpperCase(token.charAt(0));
        String word = word(token, !capital);
        if (word != null) {
          counts.merge(word, weight, Integer::sum);
          if (capital && !sentenceStart) {
            counts.merge(PROPER + word, weight, Integer::sum);
          }
        } else if (isYear(token)) {
          counts.merge(YEAR + token, weight, Integer::sum);
        }
        String lower = token.toLowerCase(Locale.ROOT);
        if (capital && token.length() > 1 && !stopwords.contains(lower)) {
          if (previousCapital != null) {
            counts.merge(NAME + previousCapital + " " + lower, weight, Integer::sum);
          }
          // "The", "In", "At" opening a sentence start no name
          previousCapital = sentenceStart && lower.length() <= 3 ? null : lower;
        } else {
          previousCapital = null;
        }
        sentenceStart = false;
        continue;
      }
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\n' || c == '"' || c == '“'
          || c == '”') {
        sentenceStart = true;
        previousCapital = null;
      } else if (c == ',' || c == '(' || c == ')') {
        previousCapital = null;
      }
      i++;
    }
  }

  /** An apostrophe or hyphen inside a word ("Lohan's", "co-founder") keeps the word whole. */
  private static boolean joiner(String text, int i) {
    char c = text.charAt(i);
    return (c == '\'' || c == '’' || c == '-') && i > 0 && i + 1 < text.length()
        && Character.isLetter(text.charAt(i + 1)) && Character.isLetter(text.charAt(i - 1));
  }

  private void addUrl(String url, Map<String, Integer> counts) {
    if (url.isEmpty()) {
      return;
    }
    String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
    for (String part : path.split("[^\\p{L}\\p{N}]+")) {
      if (URL_WORDS.contains(part.toLowerCase(Locale.ROOT))) {
        continue;
      }
      String word = word(part, true);
      if (word != null) {
        counts.merge(word, 1, Integer::sum);
      } else if (isYear(part)) {
        counts.merge(YEAR + part, 1, Integer::sum);
      }
    }
  }

  /**
   * The content word of a token, or null for function words, numbers and tokens under three
   * letters; a plural ending is removed when {@code stem} (not from names: "Thomas", "Paris").
   */
  String word(String token, boolean stem) {
    if (token.length() < 3 || !Character.isLetter(token.charAt(0))) {
      return null;
    }
    String lower = token.toLowerCase(Locale.ROOT);
    if (lower.endsWith("'s") || lower.endsWith("’s")) {
      lower = lower.substring(0, lower.length() - 2);
    }
    if (lower.length() < 3 || stopwords.contains(lower)) {
      return null;
    }
    for (int k = 0; k < lower.length(); k++) {
      if (Character.isDigit(lower.charAt(k))) {
        return null;
      }
    }
    return stem ? stem(lower) : lower;
  }

  /** Removes a plural ending: "quakes" to "quake", "countries" to "country", "boxes" to "box". */
  static String stem(String w) {
    int n = w.length();
    if (w.equals("species") || w.equals("series") || w.equals("news")) {
      return w;
    }
    if (n > 4 && w.endsWith("ies")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 4 && (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes"))) {
      return w.substring(0, n - 2);
    }
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  static boolean isYear(String token) {
    if (token.length() != 4) {
      return false;
    }
    for (int k = 0; k < 4; k++) {
      if (!Character.isDigit(token.charAt(k))) {
        return false;
      }
    }
    int y = Integer.parseInt(token);
    return y >= 1900 && y <= 2099;
  }
}
