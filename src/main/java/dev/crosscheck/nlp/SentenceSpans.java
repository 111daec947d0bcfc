package dev.crosscheck.nlp;

import dev.crosscheck.lexicon.Abbreviations;
import dev.crosscheck.lexicon.Lexicons;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Repairs sentence splits the model makes after abbreviations and initials. A "sentence" that starts
 * with a digit or a lower-case letter continues the one before ("on Jan." + "5 in Tokyo"), and a lone
 * closing quote or bracket belongs to the sentence before it. After an abbreviation of the lexicon
 * (lexicons/abbreviations.yaml) the sentence goes on according to its kind: always after a title
 * ("Alaska Gov." + "Sarah Palin"), before a word with a digit after "No." or a month ("No." +
 * "VA089897"), before a bracket after a company suffix ("IBM Corp." + "(NYSE: IBM)"), before a weekday,
 * month or time zone after a time of day ("7 p.m." + "Wednesday"). After initials ("Joseph R." +
 * "Biden", "the Japan-U.S." + "Security Consultative Committee") it goes on before a capitalised word
 * that is not a stop word: "the western U.S." + "They cheered" stays two sentences. Immutable and
 * thread-safe.
 */
public final class SentenceSpans {
  /** Only the digit, lower-case and lone-mark repairs, without any abbreviation. */
  public static final SentenceSpans BASIC = new SentenceSpans(Abbreviations.NONE, Set.of(), Set.of());

  private final Abbreviations abbreviations;
  private final Set<String> stopwords;
  private final Set<String> calendarWords;

  SentenceSpans(Abbreviations abbreviations, Set<String> stopwords, Set<String> calendarWords) {
    this.abbreviations = abbreviations;
    this.stopwords = Set.copyOf(stopwords);
    this.calendarWords = Set.copyOf(calendarWords);
  }

  /** The repairs with the abbreviations, stop words, weekdays and months of the lexicons. */
  public static SentenceSpans of(Lexicons lexicons) {
    Set<String> calendar = new HashSet<>(lexicons.time().weekdays().keySet());
    calendar.addAll(lexicons.time().months().keySet());
    return new SentenceSpans(lexicons.abbreviations(), lexicons.stopwords(), calendar);
  }

  List<Span> merge(String text, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (Span s : spans) {
      if (!out.isEmpty() && (continues(text, s) || afterAbbreviation(text, out.get(out.size() - 1), s))) {
        Span last = out.remove(out.size() - 1);
        out.add(new Span(last.getStart(), s.getEnd()));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private static boolean continues(String text, Span s) {
    int i = s.getStart();
    while (i < s.getEnd() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i >= s.getEnd()) {
      return true;
    }
    char c = text.charAt(i);
    if (Character.isDigit(c) || Character.isLowerCase(c)) {
      return true;
    }
    String rest = text.substring(i, s.getEnd()).strip();
    return rest.length() <= 2 && !Character.isLetterOrDigit(rest.charAt(0));
  }

  /**
   * Tokens of a sentence with the period of an abbreviation or initial inside the sentence joined to
   * its word again, as the tokenizer leaves some ("Gov.") and cuts others ("Sgt" + ".", "R" + "."):
   * "Sgt." is then the title the role lexicon knows, "R." an initial. The sentence's last period stays
   * a token of its own.
   */
  Span[] keepPeriods(String text, Span[] tokens) {
    boolean any = false;
    for (int k = 1; k + 1 < tokens.length && !any; k++) {
      any = isDot(text, tokens[k]) && tokens[k - 1].getEnd() == tokens[k].getStart();
    }
    if (!any) {
      return tokens;
    }
    List<Span> out = new ArrayList<>(tokens.length);
    for (int k = 0; k < tokens.length; k++) {
      Span t = tokens[k];
      Span word = out.isEmpty() ? null : out.get(out.size() - 1);
      if (word != null && k + 1 < tokens.length && isDot(text, t) && word.getEnd() == t.getStart()
          && keepsPeriod(text.substring(word.getStart(), word.getEnd()))) {
        out.set(out.size() - 1, new Span(word.getStart(), t.getEnd()));
      } else {
        out.add(t);
      }
    }
    return out.toArray(new Span[0]);
  }

  private static boolean isDot(String text, Span s) {
    return s.length() == 1 && text.charAt(s.getStart()) == '.';
  }

  /** An abbreviation of the lexicon or an initial ("R", "U.S"), written without its period. */
  private boolean keepsPeriod(String word) {
    if (word.length() == 1) {
      return Character.isUpperCase(word.charAt(0));
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return abbreviations.titles().contains(lower) || abbreviations.beforeNumbers().contains(lower)
        || abbreviations.suffixes().contains(lower) || abbreviations.clock().contains(lower)
        || isInitials(word + ".");
  }

  /** Whether span {@code next} goes on with {@code previous}, which ends with an abbreviation or initials. */
  private boolean afterAbbreviation(String text, Span previous, Span next) {
    int end = previous.getEnd();
    while (end > previous.getStart() && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end == previous.getStart() || text.charAt(end - 1) != '.') {
      return false; // every abbreviation ends with its period
    }
    String last = lastWord(text, previous.getStart(), end);
    if (last.length() < 2) {
      return false;
    }
    String word = last.substring(0, last.length() - 1).toLowerCase(Locale.ROOT);
    String following = firstWord(text, next.getStart(), next.getEnd());
    if (following.isEmpty()) {
      return false;
    }
    char first = following.charAt(0);
    if (abbreviations.titles().contains(word)) {
      return Character.isLetterOrDigit(first);
    }
    if (abbreviations.beforeNumbers().contains(word)) {
      return following.chars().anyMatch(Character::isDigit);
    }
    if (abbreviations.suffixes().contains(word)) {
      return first == '(';
    }
    String spaced = spacedInitials(text, previous.getStart(), end, last);
    if (abbreviations.clock().contains(word) || abbreviations.clock().contains(spaced)) {
      String key = letters(following).toLowerCase(Locale.ROOT);
      return first == '(' || abbreviations.timeZones().contains(key) || calendarWords.contains(key);
    }
    if (isInitials(last)) {
      String key = letters(following);
      return !key.isEmpty() && Character.isUpperCase(key.charAt(0)) && !stopwords.contains(key.toLowerCase(Locale.ROOT));
    }
    return false;
  }

  /**
   * The last word before {@code end}, from the last space, hyphen, slash, quote or bracket: "U.S." of
   * "the Japan-U.S.", "Gov." of "“Gov.".
   */
  private static String lastWord(String text, int from, int end) {
    int i = end;
    while (i > from && !isWordBoundary(text.charAt(i - 1))) {
      i--;
    }
    return text.substring(i, end);
  }

  private static boolean isWordBoundary(char c) {
    return Character.isWhitespace(c) || c == '-' || c == '/' || c == '(' || c == '"' || c == '\u201C'
        || c == '\u2018' || c == '\'';
  }

  /** "a.m" for the text "a. m." ending at {@code end}, whose last word is {@code last} ("m."); else "". */
  private static String spacedInitials(String text, int from, int end, String last) {
    if (last.length() != 2) {
      return "";
    }
    int i = end - last.length();
    while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    String before = lastWord(text, from, i);
    return before.length() == 2 && before.charAt(1) == '.' ? (before + last.charAt(0)).toLowerCase(Locale.ROOT) : "";
  }

  /** Capital letters each followed by a period: "R.", "U.S.", "H.W.". */
  private static boolean isInitials(String word) {
    if (word.length() < 2 || word.length() % 2 != 0) {
      return false;
    }
    for (int k = 0; k < word.length(); k += 2) {
      if (!Character.isUpperCase(word.charAt(k)) || word.charAt(k + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  /** The first word of [from, to), after white space and opening quotes. */
  private static String firstWord(String text, int from, int to) {
    int i = from;
    while (i < to && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '"' || text.charAt(i) == '\u201C')) {
      i++;
    }
    int j = i;
    while (j < to && !Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return text.substring(i, j);
  }

  /** The leading letters of a word: "He" of "He's", "Wednesday" of "Wednesday.". */
  private static String letters(String word) {
    int j = 0;
    while (j < word.length() && Character.isLetter(word.charAt(j))) {
      j++;
    }
    return word.substring(0, j);
  }
}
