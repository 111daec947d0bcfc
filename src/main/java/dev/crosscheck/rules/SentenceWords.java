package dev.crosscheck.rules;

import dev.crosscheck.model.Claim;
import dev.crosscheck.lexicon.WordNet;
import dev.crosscheck.model.Statement;
import dev.crosscheck.nlp.Lemmas;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Finds a claim's subject and predicate among the words of its sentence, so a topic can say them as
 * the sentence does ("the two countries agreed") instead of as lemmas or stems ("countri agree").
 */
final class SentenceWords {
  /** Words of a clause as written, and its subject word ("" when the subject was not found). */
  record Span(String subject, String text) {
    /** The clause after a counted noun: "wounded" for "were wounded", "that died" for "died", "watching"; else the clause. */
    String without(String counted) {
      if (subject.isEmpty() || subject.equalsIgnoreCase(counted)) {
        String rest = subject.isEmpty() ? text : text.substring(subject.length()).trim();
        String bare = dropAuxiliaries(rest);
        return bare.equals(rest) && !rest.split(" ")[0].endsWith("ing") ? "that " + rest : bare;
      }
      return text;
    }
  }

  private record Word(String text, int start, int end) {
    String lower() {
      return text.toLowerCase(Locale.ROOT);
    }
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'’-]|\\.(?=\\p{L}))*\\.?");
  private static final Pattern BREAK = Pattern.compile("[,;:()\"“”—–]|\\s-\\s");
  private static final Set<String> AUXILIARIES = Set.of("will", "would", "shall", "should", "can", "could", "may",
      "might", "must", "to", "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "did", "does",
      "do", "not", "also", "already", "set", "due", "expected", "scheduled", "going", "likely", "planning",
      "plans", "plan", "hoping", "about", "able", "never", "now", "then", "still", "yet", "just", "only");
  private static final int MAX_GAP = 4;
  private static final int MAX_VALUE_GAP = 3;
  /** Subjects that name nothing a topic could say ("the date when who ..."); "he" and "she" read well. */
  private static final Set<String> UNSAYABLE_SUBJECTS = Set.of("who", "which", "that", "what", "whom", "whose",
      "this", "these", "those", "it", "there");
  private static final Set<String> LIGHT_VERBS = Set.of("be", "have", "do", "say", "get", "make", "take");
  private static final Set<String> FUNCTION_WORDS = Set.of("in", "on", "at", "to", "of", "for", "with", "by",
      "from", "the", "a", "an", "and", "or", "but", "that", "this", "these", "those", "which", "who", "as", "after",
      "before", "during", "over", "into", "about", "than", "its", "their", "his", "her", "it", "they", "he", "she",
      "we", "up", "out", "off", "down", "not", "if", "while", "because", "when", "where", "since", "until", "so");
  /** Words before a value that make it a modifier of the noun after it ("the June agreement"). */
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "last", "next", "its", "their",
      "his", "her", "our");
  private static final Set<String> RELATIVES = Set.of("that", "which", "who");
  private static final int MAX_RELATIVE_WORDS = 6;
  private static final int MAX_MODIFIED_NOUNS = 3;
  /** Most capitalised words after an adjective age taken for its holder's name ("Kimani Gray"). */
  private static final int MAX_NAME_WORDS = 4;
  /** A name just before an appositive age: "Hiller" of "Yvonne Hiller, 43,". */
  private static final Pattern NAME_BEFORE_AGE = Pattern.compile("(?<![\\p{L}])(\\p{Lu}[\\p{L}'’-]*\\p{Ll}),\\s*$");
  private static final ThreadLocal<PorterStemmer> STEMMER = ThreadLocal.withInitial(PorterStemmer::new);

  private SentenceWords() {}

  /**
   * The claim's clause as its sentence writes it, or null when the sentence does not say it plainly:
   * a subject, then at most auxiliaries and adverbs, then the predicate, with the value close to the
   * predicate ("Japan hosts [more than 50,000 troops]", "[53 people] were wounded"). The predicate's
   * object word is kept ("diplomats held talks").
   */
  static Span clause(Claim c) {
    if (c.predicate().isBlank() || LIGHT_VERBS.contains(c.predicate()) || c.predicate().equals("dateline")) {
      return null;
    }
    List<Word> words = words(c.evidence().text());
    String sentence = c.evidence().text();
    int valueFrom = c.valueStart() - c.evidence().start();
    int valueTo = c.valueEnd() - c.evidence().start();
    int p = predicateNear(c, words);
    if (p < 0) {
      return null;
    }
    int end = objectEnd(words, sentence, p, valueFrom, valueTo);
    String subjectKey = UNSAYABLE_SUBJECTS.contains(c.subject()) ? "" : last(c.subject());
    int s = subjectKey.isEmpty() ? -1 : nearest(words, valueFrom, valueTo, p, w -> isWord(w, subjectKey));
    boolean participle = words.get(p).lower().endsWith("ing") && (p == 0 || !AUXILIARIES.contains(words.get(p - 1).lower()));
    if (s >= 0 && s < p && !participle && joinedByAuxiliaries(words, sentence, s, p)
        && !(valueFrom < words.get(p).end() && valueTo > words.get(s).start())) {
      String subject = caseOf(words, s, c.subject());
      return new Span(subject, subject + sentence.substring(words.get(s).end(), words.get(end).end()));
    }
    if (words.get(p).start() >= valueTo) { // "[53 people] were wounded"
      int from = p;
      while (from > 0 && words.get(from - 1).start() >= valueTo && AUXILIARIES.contains(words.get(from - 1).lower())) {
        from--;
      }
      if (words.get(from).start() - valueTo <= 2) {
        return new Span("", sentence.substring(words.get(from).start(), words.get(end).end()));
      }
    }
    return null;
  }

  /**
   * Whether the sentence writes the claim's predicate as a verb right by its value, with no clause
   * break between ("arrested on Friday", "died in Santa Rosa"), so that the value is surely of it.
   */
  static boolean predicateBeside(Claim c) {
    if (c.predicate().isBlank()) {
      return false;
    }
    List<Word> words = words(c.evidence().text());
    int valueFrom = c.valueStart() - c.evidence().start();
    int valueTo = c.valueEnd() - c.evidence().start();
    int p = predicateNear(c, words);
    if (p < 0) {
      return false;
    }
    Word w = words.get(p);
    String between = w.end() <= valueFrom ? c.evidence().text().substring(w.end(), valueFrom)
        : c.evidence().text().substring(valueTo, w.start());
    return !BREAK.matcher(between).find();
  }

  /** The word of the claim's predicate nearest its value, at most {@code MAX_VALUE_GAP} words away; else -1. */
  private static int predicateNear(Claim c, List<Word> words) {
    int valueFrom = c.valueStart() - c.evidence().start();
    int valueTo = c.valueEnd() - c.evidence().start();
    int p = nearest(words, valueFrom, valueTo, -1, w -> isPredicate(w, c.predicate()));
    return p < 0 || gapToValue(words, p, valueFrom, valueTo) > MAX_VALUE_GAP ? -1 : p;
  }

  /** Words between the value and the predicate. */
  private static int gapToValue(List<Word> words, int p, int valueFrom, int valueTo) {
    int gap = 0;
    for (Word w : words) {
      boolean between = words.get(p).end() <= valueFrom ? w.start() >= words.get(p).end() && w.end() <= valueFrom
          : w.start() >= valueTo && w.end() <= words.get(p).start();
      gap += between ? 1 : 0;
    }
    return gap;
  }

  /** The predicate's last word, or the word after it when that is its object ("held talks"). */
  private static int objectEnd(List<Word> words, String sentence, int p, int valueFrom, int valueTo) {
    int next = p + 1;
    if (next >= words.size()) {
      return p;
    }
    Word w = words.get(next);
    boolean inValue = w.start() < valueTo && w.end() > valueFrom;
    if (!inValue && !FUNCTION_WORDS.contains(w.lower()) && w.lower().equals(w.text())
        && !BREAK.matcher(sentence.substring(words.get(p).end(), w.start())).find()) {
      return next;
    }
    return p;
  }

  private static boolean joinedByAuxiliaries(List<Word> words, String sentence, int s, int p) {
    if (p - s > MAX_GAP || BREAK.matcher(sentence.substring(words.get(s).end(), words.get(p).start())).find()) {
      return false;
    }
    for (int i = s + 1; i < p; i++) {
      String w = words.get(i).lower();
      if (!AUXILIARIES.contains(w) && !w.endsWith("ly")) {
        return false;
      }
    }
    return true;
  }

  /** A statement as its sentence says it: "Austin will join Kamikawa", else its words in order. */
  static String statement(Claim c) {
    Statement st = (Statement) c.value();
    List<Word> words = words(c.evidence().text());
    String sentence = c.evidence().text();
    int valueFrom = c.valueStart() - c.evidence().start();
    int valueTo = c.valueEnd() - c.evidence().start();
    int v = -1;
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).start() >= valueFrom && words.get(i).end() <= valueTo) {
        v = v < 0 ? i : v;
      }
    }
    String verb = sentence.substring(valueFrom, valueTo).replaceAll("^[\"“”‘’']+", "").trim();
    if (v < 0) {
      return verb;
    }
    int last = v;
    while (last + 1 < words.size() && words.get(last + 1).end() <= valueTo) {
      last++;
    }
    int s = st.subject().isEmpty() ? -1 : nearest(words, valueFrom, valueTo, v, w -> isWord(w, last(st.subject())));
    int o = st.object().isEmpty() ? -1 : nearest(words, valueFrom, valueTo, last, w -> isWord(w, last(st.object())));
    int from = s >= 0 && s < v && v - s <= MAX_GAP ? s : v;
    int to = o > last && o - last <= 3 ? o : last;
    String text = sentence.substring(words.get(from).start(), words.get(to).end());
    if (BREAK.matcher(text).find()) {
      text = sentence.substring(words.get(v).start(), words.get(last).end());
    }
    return text.replaceAll("\\s+", " ");
  }

  /** Words given as stems or in lower case ("gdp") as the sentence writes them ("GDP"), or "" if it does not. */
  static String asWritten(Claim c, String keys) {
    List<Word> words = words(c.evidence().text());
    StringBuilder out = new StringBuilder();
    for (String key : keys.split(" ")) {
      String shown = null;
      for (Word x : words) {
        if (isWord(x, key)) {
          shown = x.text();
          break;
        }
      }
      if (shown == null) {
        return "";
      }
      out.append(out.length() > 0 ? " " : "").append(shown);
    }
    return out.toString();
  }

  /** The word after the value that a rank's noun stem stands for ("general" for "gener"), or "". */
  static String nounAfterValue(Claim c, String stem) {
    if (stem.isEmpty()) {
      return stem;
    }
    int from = Math.max(0, Math.min(c.evidence().text().length(), c.valueEnd() - c.evidence().start()));
    for (Word w : words(c.evidence().text().substring(from))) {
      String lower = w.lower().replaceAll("[^\\p{L}]", "");
      if (lower.startsWith(stem) || stem.startsWith(lower) && lower.length() >= 3) {
        return w.lower();
      }
    }
    return "";
  }

  /**
   * Whose age an age is, as its sentence writes it: the name just before an appositive age ("Hiller"
   * in "Yvonne Hiller, 43, was charged"), or the noun after an adjective age ("girl" in "a 10-year-old
   * girl", with "the"); "" when the sentence says neither.
   */
  static String ageHolder(Claim c) {
    String sentence = c.evidence().text();
    int from = Math.max(0, Math.min(sentence.length(), c.valueStart() - c.evidence().start()));
    int to = Math.max(from, Math.min(sentence.length(), c.valueEnd() - c.evidence().start()));
    if (c.value().text().toLowerCase(Locale.ROOT).contains("old")) {
      List<Word> after = words(sentence.substring(to));
      int k = 0;
      while (k < after.size() && Character.isUpperCase(after.get(k).text().charAt(0)) && k < MAX_NAME_WORDS) {
        k++; // "Kimani Gray", or the "Wasilla" of "a Wasilla woman"
      }
      if (k < after.size() && FUNCTION_WORDS.contains(after.get(k).lower())) {
        return k > 0 && isNameRun(sentence, to, after, k) ? join(after, 0, k) : "";
      }
      if (k < after.size() && isHeadNoun(after.get(k))) {
        int end = k + 1;
        if (end < after.size() && isHeadNoun(after.get(end))) {
          end++; // "gang member"
        }
        return "the " + join(after, k, end);
      }
      return k > 0 && isNameRun(sentence, to, after, k) ? join(after, 0, k) : "";
    }
    Matcher before = NAME_BEFORE_AGE.matcher(sentence.substring(0, from));
    return before.find() ? before.group(1) : "";
  }

  /** A lower-case noun that can head what an age is of: not a verb form, auxiliary or function word. */
  private static boolean isHeadNoun(Word w) {
    String t = w.text();
    return t.equals(w.lower()) && t.length() >= 3 && !t.endsWith("ing") && !t.endsWith("ed")
        && !AUXILIARIES.contains(t) && !FUNCTION_WORDS.contains(t) && !t.contains("'") && !t.contains("’")
        && isNoun(t);
  }

  /** The capitalised words after the value are one name written without a break between them. */
  private static boolean isNameRun(String sentence, int offset, List<Word> after, int k) {
    String run = sentence.substring(offset + after.get(0).start(), offset + after.get(k - 1).end());
    return !BREAK.matcher(run).find();
  }

  private static String join(List<Word> words, int from, int to) {
    List<String> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      out.add(words.get(i).text());
    }
    return String.join(" ", out);
  }

  /**
   * The nouns that a value modifies, after a determiner: "agreement" in "the June agreement", "car
   * crash case" in "a 2012 car crash case"; "" when the value is not written so.
   */
  static String modifiedNoun(Claim c) {
    String sentence = c.evidence().text();
    int from = c.valueStart() - c.evidence().start();
    int to = c.valueEnd() - c.evidence().start();
    if (from < 0 || to > sentence.length() || from >= to) {
      return "";
    }
    List<Word> words = words(sentence);
    int before = -1;
    int after = -1;
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).end() <= from) {
        before = i;
      } else if (words.get(i).start() >= to && after < 0) {
        after = i;
      }
    }
    if (before < 0 || after < 0 || !DETERMINERS.contains(words.get(before).lower())
        || !sentence.substring(words.get(before).end(), from).equals(" ")
        || !sentence.substring(to, words.get(after).start()).equals(" ")) {
      return "";
    }
    int last = after - 1;
    while (last + 1 < words.size() && last + 1 - after < MAX_MODIFIED_NOUNS && isPlainNoun(words.get(last + 1))
        && (last < after || sentence.substring(words.get(last).end(), words.get(last + 1).start()).equals(" "))) {
      last++;
    }
    return last < after ? "" : sentence.substring(words.get(after).start(), words.get(last).end());
  }

  private static boolean isPlainNoun(Word w) {
    String word = w.text();
    boolean plain = word.length() >= 3 && word.chars().allMatch(ch -> Character.isLowerCase(ch) || ch == '-');
    return plain && !FUNCTION_WORDS.contains(word) && !AUXILIARIES.contains(word) && !word.endsWith("ed")
        && isNoun(word);
  }

  private static final Map<String, String> IRREGULAR_PLURALS = Map.of("man", "men", "woman", "women",
      "person", "people", "child", "children");
  /** Nouns of groups counted as they are ("the number of police", not "polices"). */
  private static final Set<String> COLLECTIVE = Set.of("people", "police", "staff", "crew", "personnel", "clergy",
      "cattle", "livestock", "audience", "public", "media", "crowd", "family", "team");

  /**
   * The plural a count is named by ("the number of yards" for "a 45-yard run", "the number of people"
   * for "one person"): a noun WordNet knows, whose plural the lemmatizer takes back to it; the word as
   * it is when it is not such a noun ("GHz", "injured", "four-book") or already plural.
   */
  static String plural(String noun) {
    String irregular = IRREGULAR_PLURALS.get(noun);
    if (irregular != null) {
      return irregular;
    }
    boolean plain = noun.length() >= 4 && noun.chars().allMatch(Character::isLowerCase);
    if (!plain || noun.endsWith("s") || noun.endsWith("ed") || noun.endsWith("ing") || COLLECTIVE.contains(noun)
        || !Lemmas.shared().lemma(noun, "NOUN").equals(noun) || !isNoun(noun)) {
      return noun; // not a plain noun, or plural already ("people", "women")
    }
    String plural;
    if (noun.endsWith("y") && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
      plural = noun.substring(0, noun.length() - 1) + "ies";
    } else if (noun.endsWith("x") || noun.endsWith("z") || noun.endsWith("ch") || noun.endsWith("sh")) {
      plural = noun + "es";
    } else {
      plural = noun + "s";
    }
    return Lemmas.shared().lemma(plural, "NOUN").equals(noun) ? plural : noun;
  }

  /** Whether WordNet knows the word as a noun and not as an adjective ("talks", not "presidential" or "amid"). */
  private static boolean isNoun(String word) {
    WordNet senses = WordNet.shared();
    return senses.synsets(Lemmas.shared().lemma(word, "NOUN"), "NOUN", 1).length > 0
        && senses.synsets(word, "ADJ", 1).length == 0;
  }

  /**
   * A relative clause right after the value's noun, to its end: "that Japan had requested" in "the
   * four-star rank that Japan had requested"; "" when there is none or it runs on.
   */
  static String relativeAfter(Claim c, String noun) {
    String sentence = c.evidence().text();
    int to = Math.max(0, Math.min(sentence.length(), c.valueEnd() - c.evidence().start()));
    List<Word> words = words(sentence);
    int n = -1;
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).start() >= to && words.get(i).lower().equals(noun)) {
        n = i;
        break;
      }
    }
    if (n < 0 || n + 2 >= words.size() || !RELATIVES.contains(words.get(n + 1).lower())
        || !sentence.substring(words.get(n).end(), words.get(n + 1).start()).equals(" ")) {
      return "";
    }
    for (int i = n + 2; i < words.size() && i - n <= MAX_RELATIVE_WORDS; i++) {
      boolean last = i + 1 == words.size()
          || BREAK.matcher(sentence.substring(words.get(i).end(), words.get(i + 1).start())).find();
      if (last) {
        return FUNCTION_WORDS.contains(words.get(i).lower()) ? ""
            : sentence.substring(words.get(n + 1).start(), words.get(i).end());
      }
    }
    return "";
  }

  private static List<Word> words(String sentence) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(sentence);
    while (m.find()) {
      String text = m.group();
      int end = m.end();
      if (text.endsWith(".") && text.indexOf('.') == text.length() - 1) {
        text = text.substring(0, text.length() - 1); // a full stop, not an abbreviation's
        end--;
      }
      out.add(new Word(text, m.start(), end));
    }
    return out;
  }

  /** The matching word nearest to the value (to {@code anchor} when it is a word index), outside the value. */
  private static int nearest(List<Word> words, int valueFrom, int valueTo, int anchor,
      java.util.function.Predicate<Word> matches) {
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (w.start() < valueTo && w.end() > valueFrom || !matches.test(w)) {
        continue;
      }
      int distance = anchor >= 0 ? Math.abs(i - anchor) * 2 + (i > anchor ? 1 : 0)
          : Math.min(Math.abs(w.start() - valueTo), Math.abs(valueFrom - w.end()));
      if (distance < bestDistance && i != anchor) {
        best = i;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static boolean isPredicate(Word w, String lemma) {
    String lower = w.lower();
    return lower.equals(lemma) || Lemmas.shared().lemma(lower, "VERB").equals(lemma);
  }

  private static boolean isWord(Word w, String key) {
    String lower = w.lower();
    String k = key.toLowerCase(Locale.ROOT);
    return lower.equals(k) || stem(lower).equals(stem(k)) || lower.length() > 3 && stem(lower).equals(k);
  }

  private static String stem(String w) {
    return w.length() <= 3 ? w : STEMMER.get().stem(w);
  }

  private static String last(String phrase) {
    String[] parts = phrase.trim().split("\\s+");
    return parts[parts.length - 1];
  }

  /** A sentence-initial common noun in lower case ("Officials said" gives "officials"). */
  private static String caseOf(List<Word> words, int i, String subject) {
    String text = words.get(i).text();
    boolean named = !subject.equals(subject.toLowerCase(Locale.ROOT));
    return i == 0 && !named && text.length() > 1 && Character.isLowerCase(text.charAt(1))
        ? text.toLowerCase(Locale.ROOT) : text;
  }

  private static String dropAuxiliaries(String clause) {
    String[] parts = clause.split(" ");
    int k = 0;
    while (k < parts.length - 1 && AUXILIARIES.contains(parts[k].toLowerCase(Locale.ROOT))) {
      k++;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(parts, k, parts.length));
  }
}
