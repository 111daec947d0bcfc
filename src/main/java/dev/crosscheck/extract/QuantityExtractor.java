package dev.crosscheck.extract;

import dev.crosscheck.lexicon.HedgeWords;
import dev.crosscheck.lexicon.UnitWords;
import dev.crosscheck.model.Hedge;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.nlp.Sentence;
import dev.crosscheck.nlp.Token;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers with what they count: "more than 50,000 U.S. troops", "$5.7 billion", "2% of GDP",
 * "between 16 and 18 people", "the 33-year-old actress" (an age), "88-72" (a score). Hedges become
 * bounds; the counted noun becomes the unit, through the synonym lexicon ("soldiers" is "troop").
 */
final class QuantityExtractor {
  private static final Pattern PAIR = Pattern.compile("(\\d+)[-–](\\d+)");
  private static final Pattern SECOND_OF_PAIR = Pattern.compile("[-–]\\d+");
  private static final Pattern MODEL = Pattern.compile("\\d+[a-z]");
  /** Decimals cut from their number, perhaps with a multiplier or meridiem glued on ({@link #decimalTail}). */
  private static final Pattern DECIMALS = Pattern.compile("\\d{1,3}(?:[a-z]{1,2})?");
  private static final Pattern CLOCK_TAIL = Pattern.compile("[.:]?\\s?[.:]?\\s\\d{2}\\s?[ap]\\.?\\s?m\\b");
  /** Numbers a record, telephone number or span of years is written with (see {@link #numberChainEnd}). */
  private static final Pattern NUMBER_CHAIN = Pattern.compile(
      "(?:\\d+(?:[-–]\\d+){2,}|(?:19|20)\\d\\d[-–]\\d\\d)(?![\\d\\p{L}]|[-–]\\d|\\.\\d)");
  private static final Pattern CHAIN = Pattern.compile("-\\p{L}+-(\\p{L}+|\\d+)(?![\\p{L}\\d])");
  private static final double SMALL_WORD_NUMBER = 10;

  private final ArticleContext ctx;
  private final NumberParser numbers;
  private final HedgeWords hedges;
  private final UnitWords units;

  QuantityExtractor(ArticleContext ctx, NumberParser numbers) {
    this.ctx = ctx;
    this.numbers = numbers;
    this.hedges = ctx.lexicons.hedges();
    this.units = ctx.lexicons.units();
  }

  void extract(Sentence s) {
    String[] lower = s.lowerTokens();
    for (int i = 0; i < s.size(); i++) {
      if (ctx.isUsed(s.index(), i)) {
        continue;
      }
      int numbered = numberChainEnd(s, lower, i);
      if (numbered > i) {
        i = numbered - 1; // "45-7-2", "800-800-3855", "2000-04": a record, a telephone number, years
        continue;
      }
      if (namesAThing(s, lower, i)) {
        NumberParser.Parsed n = numbers.parse(s, i);
        if (n != null) {
          i = n.end() - 1; // all of "3. 0" in "USB 3. 0"
        }
        continue;
      }
      int end = pair(s, lower, i);
      if (end == i) {
        end = quantity(s, lower, i);
      }
      if (end > i) {
        i = end - 1;
      }
    }
  }

  /**
   * A number that names a thing rather than counts one: after a label noun of the lexicon ("section
   * 501", "House Bill 2", "Flight 253", "Article 5", "case 08-1234"), glued to a name, sign or bracket
   * ("PAC-3", "F-35", "2+2", "501(c)(3)"), or after a capitalised name when nothing counted follows
   * ("Proposition 8", "Apollo 11", "Internet Explorer 6", "Week 16").
   */
  private boolean namesAThing(Sentence s, String[] lower, int i) {
    Token t = s.token(i);
    char c0 = lower[i].isEmpty() ? ' ' : lower[i].charAt(0);
    if (c0 < '0' || c0 > '9' && c0 != '.') {
      return false; // what every number written in digits starts with, before any pattern is tried
    }
    if (c0 == '0') {
      Matcher pair = PAIR.matcher(lower[i]);
      if (pair.matches()) {
        return pair.group(1).length() > 1; // "08-1234": a case number
      }
    }
    if (!NumberParser.isDigits(t.lower())) {
      // a number with a letter after a capitalised name: a model ("GeForce GT 650M"), not "650 million"
      return i > 0 && MODEL.matcher(lower[i]).matches() && isName(s, lower, i - 1) && !afterPreposition(s, i - 1);
    }
    boolean compound = i + 2 < s.size() && glued(s, i + 1) && Character.isLetter(s.token(i + 2).text().charAt(0));
    boolean scored = i + 2 < s.size() && glued(s, i + 1) && NumberParser.isDigits(lower[i + 2])
        || i + 1 < s.size() && s.token(i + 1).start() == t.end() && SECOND_OF_PAIR.matcher(lower[i + 1]).matches();
    if (scored) {
      return false; // "its season 15-17": a record, read as a pair
    }
    if (i > 0 && isLabel(s.token(i - 1)) && !compound) {
      return true; // not "the top-of-the-line 17-inch model", a measure
    }
    if (i + 1 < s.size()) {
      Token next = s.token(i + 1);
      char c = next.text().charAt(0);
      if (next.start() == t.end() && (c == '+' || c == '/' || c == '=' || c == '*' || c == '('
          || Character.isLetter(c) && !units.measures().containsKey(next.lower())
          && !ctx.lexicons.numbers().multipliers().containsKey(next.lower()))) {
        return true;
      }
    }
    if (i > 0) {
      Token prev = s.token(i - 1);
      boolean glued = prev.end() == t.start();
      if (glued && (prev.isProperNoun() || prev.lower().equals("+") || prev.lower().equals("/"))) {
        return true;
      }
      if (glued && prev.lower().equals("-") && i > 1 && s.token(i - 2).isProperNoun()
          && s.token(i - 2).end() == prev.start()) {
        return true;
      }
      if (glued && prev.lower().equals("(") && i > 1 && s.token(i - 2).end() == prev.start()) {
        return true; // "(3)" of "501(c)(3)"
      }
      if (isName(s, lower, i - 1) && !compound && (i + 1 >= s.size() || !s.token(i + 1).isNoun()
          || !t.text().contains(",") && !afterPreposition(s, i - 1))) {
        return true; // "Proposition 8", "Apollo 11", "IE 6"; "the Curve 8900 features", "AK 47 rifles"
      }
    }
    return false;
  }

  /**
   * The capitalised words that end at token {@code k} follow a preposition: a place or time the count
   * is said of ("in Athens 40 people"), not a product the number is part of ("the Curve 8900").
   */
  private static boolean afterPreposition(Sentence s, int k) {
    int j = k;
    while (j > 0 && s.token(j - 1).isCapitalized() && s.token(j - 1).isProperNoun()) {
      j--;
    }
    return j > 0 && s.token(j - 1).tag().equals("ADP");
  }

  /** A label noun of the lexicon: "section", "Bill", "Flight", "Article". */
  private boolean isLabel(Token t) {
    return (t.isNoun() || t.tag().equals("X")) && units.labels().contains(t.lower());
  }

  /**
   * A capitalised noun that may name a thing numbered after it: not a common word at the start of a
   * sentence, a hedge ("Almost 20"), a stop word, a calendar word, an abbreviation or an all-capital
   * dateline ("TOKYO").
   */
  private boolean isName(Sentence s, String[] lower, int k) {
    Token p = s.token(k);
    String text = p.text();
    if (!p.isCapitalized() || text.length() < 2 || text.endsWith(".") || !(p.isProperNoun() || p.isNoun())
        || k == 0 && !p.isProperNoun()) {
      return false;
    }
    boolean caps = text.equals(text.toUpperCase(java.util.Locale.ROOT));
    if (caps && text.length() > 4 || ctx.lexicons.stopwords().contains(lower[k]) || units.ageCues().contains(lower[k])
        || ctx.lexicons.time().months().containsKey(lower[k]) || ctx.lexicons.time().weekdays().containsKey(lower[k])) {
      return false;
    }
    return hedges.hedgeBefore(lower, k + 1) == null;
  }

  /**
   * Three or more numbers joined by hyphens with no space ("45-7-2", a record of wins, losses and
   * draws; "800-800-3855", a telephone number), or a year and the last digits of another
   * ("2000-04"): no count, no score. Returns the index after the last token of them, or {@code i}.
   */
  private static int numberChainEnd(Sentence s, String[] lower, int i) {
    if (lower[i].isEmpty() || !(Character.isDigit(lower[i].charAt(0)) || lower[i].charAt(0) == '-')) {
      return i;
    }
    String text = s.text();
    int from = s.token(i).start() - s.start();
    int run = from;
    while (run > 0 && (Character.isDigit(text.charAt(run - 1)) || text.charAt(run - 1) == '-'
        || text.charAt(run - 1) == '–')) {
      run--;
    }
    while (run < from && !Character.isDigit(text.charAt(run))) {
      run++;
    }
    Matcher m = NUMBER_CHAIN.matcher(text).region(run, text.length());
    if (!m.lookingAt() || m.end() <= from) {
      return i;
    }
    int end = i;
    while (end < s.size() && s.token(end).start() - s.start() < m.end()) {
      end++;
    }
    return end;
  }

  /** "88-72" and "9-14": a score or record; "16-18 people": a range. */
  private int pair(Sentence s, String[] lower, int i) {
    if (lower[i].isEmpty() || !Character.isDigit(lower[i].charAt(0))) {
      return i; // every pair starts with a digit: no pattern tried at other tokens
    }
    Matcher m = PAIR.matcher(lower[i]);
    int last = i;
    double a;
    double b;
    if (m.matches()) {
      a = Double.parseDouble(m.group(1));
      b = Double.parseDouble(m.group(2));
    } else if (i + 1 < lower.length && NumberParser.isDigits(lower[i]) && s.token(i + 1).start() == s.token(i).end()
        && SECOND_OF_PAIR.matcher(lower[i + 1]).matches()) {
      a = NumberParser.digits(lower[i]); // "31" "-24", as the tokenizer sometimes cuts a score
      b = Double.parseDouble(lower[i + 1].substring(1));
      last = i + 1;
    } else if (i + 2 < lower.length && NumberParser.isDigits(lower[i]) && glued(s, i + 1)
        && NumberParser.isDigits(lower[i + 2]) && !lower[i].contains(".") && !lower[i + 2].contains(".")) {
      a = NumberParser.digits(lower[i]); // "9" "-" "14", as the tokenizer cuts some records
      b = NumberParser.digits(lower[i + 2]);
      last = i + 2;
    } else {
      return i;
    }
    Unit unit = unitAfter(s, lower, last + 1);
    if (!unit.name().isEmpty() && a < b) {
      ctx.add(s.index(), i, unit.end(), new Quantity(Clauses.join(s, i, unit.end()), a, b, Hedge.BETWEEN,
          unit.name()));
      return unit.end();
    }
    ctx.add(s.index(), i, last + 1, new Quantity(Clauses.join(s, i, last + 1), a, b, Hedge.EXACT, "score"));
    return last + 1;
  }

  /**
   * One to three digits, perhaps with a multiplier or meridiem glued on, that follow, after one space,
   * a point glued to a digit or an opening bracket ("magnitude-6. 1", "6. 0", "£1. 7m", "(. 538)"):
   * the decimals of a number that text rebuilt from tokens cut apart, which the number parser joins
   * only when the number stands alone.
   */
  private static boolean decimalTail(Sentence s, String[] lower, int i) {
    if (i == 0 || !DECIMALS.matcher(lower[i]).matches() || s.token(i - 1).end() + 1 != s.token(i).start()) {
      return false;
    }
    String before = lower[i - 1];
    if (before.equals(".")) {
      return i >= 2 && s.token(i - 2).end() == s.token(i - 1).start()
          && (Character.isDigit(lower[i - 2].charAt(lower[i - 2].length() - 1)) || lower[i - 2].equals("("));
    }
    return before.length() >= 2 && before.endsWith(".") && Character.isDigit(before.charAt(before.length() - 2));
  }

  /** A clock time that text rebuilt from tokens cut apart: "8. 39am", "8: 39 a.m.". */
  private static boolean clockCutApart(Sentence s, int end) {
    if (end >= s.size()) {
      return false;
    }
    int from = s.token(end).start() - s.start();
    return CLOCK_TAIL.matcher(s.text()).region(from, s.text().length()).lookingAt();
  }

  private int quantity(Sentence s, String[] lower, int i) {
    if (decimalTail(s, lower, i)) {
      return i + 1; // "magnitude-6. 1", "6. 0": the decimals of a number cut by re-tokenised text, no count
    }
    int start = i;
    String currency = currencySymbol(s, i);
    int numberAt = i;
    if (currency != null) {
      numberAt = i + 1;
      if (numberAt >= s.size()) {
        return i;
      }
    } else if (i > 0 && !ctx.isUsed(s.index(), i - 1) && currencySymbol(s, i - 1) != null) {
      return i; // the symbol's own position handles it
    }
    NumberParser.Parsed n = numbers.parse(s, numberAt);
    if (n == null) {
      return i;
    }
    int end = n.end();
    if (currency == null && clockCutApart(s, end)) {
      return end; // "at 8. 39am": a time of day
    }
    int chain = chainEnd(s, end);
    if (currency == null && chain > 0) {
      return chain; // "two-plus-two talks", "one-on-one meetings", "2-by-4": a name, no count
    }
    if (n.plural() && end < lower.length && lower[end].equals("of")) {
      end++;
    }
    Hedge hedge = n.plural() ? Hedge.AT_LEAST : n.approximate() ? Hedge.ABOUT : Hedge.EXACT;
    Double upper = null;
    // a range: "between 16 and 18", "from 10 to 12", "16 to 18"
    int joiner = hedges.rangeJoiners().matchAt(lower, end);
    if (joiner > 0 && !n.plural()) {
      NumberParser.Parsed second = numbers.parse(s, end + joiner);
      boolean opened = hedges.rangeStarts().matchEndingAt(lower, start) > 0;
      if (second != null && second.value() > n.value() && (opened || !lower[end].equals("and"))) {
        upper = second.value();
        hedge = Hedge.BETWEEN;
        if (opened) {
          start -= hedges.rangeStarts().matchEndingAt(lower, start);
        }
        end = second.end();
      }
    }
    if (end < lower.length && (units.notCounted().contains(lower[end]) || meridiem(lower, end))) {
      return i; // "7 p.m.", "1630 GMT": a time of day
    }
    String unitName;
    int partitive = partitive(s, lower, end);
    if (currency == null && partitive > 0) {
      // "28 of 41 passes": 28 passes (out of 41), and 41 read on its own
      Unit of = unitAfter(s, lower, partitive);
      ctx.add(s.index(), start, end, new Quantity(Clauses.join(s, start, end), n.value(), null, hedge, of.name()));
      return end;
    }
    if (currency != null) {
      unitName = currency;
    } else {
      String word = end < lower.length ? units.currencyWords().get(lower[end]) : null;
      if (word != null) {
        unitName = word;
        end++;
      } else {
        Unit unit = unitAfter(s, lower, end);
        unitName = unit.name();
        end = unit.end();
      }
    }
    if (unitName.isEmpty() && (isAppositiveAge(s, lower, start, end, n) || isStatedAge(s, lower, start, end, n))) {
      unitName = "age"; // "Eric Allen Kirkpatrick, 61, opened fire", "at age 85", "She was 85."
    }
    if (unitName.isEmpty() && (n.words() && n.value() <= SMALL_WORD_NUMBER || n.value() == 0)) {
      return i; // "one of the most", "two of them": not a quantity worth comparing
    }
    if (unitName.isEmpty() && currency == null && start > 0 && (isDeterminer(lower[start - 1]) && isModelNumber(s, n)
        || s.token(start - 1).isVerb() && units.diallingVerbs().contains(ctx.lemma(s.token(start - 1))))) {
      return i; // "the 8900 is", "a 3,": a name or a number spoken of; "called 911": a telephone number
    }
    if (units.notCounted().contains(unitName) || (currency == null && isYearLike(n, unitName))) {
      return i;
    }
    if (currency == null && !unitName.isEmpty() && start > 0 && isDeterminer(lower[start - 1])
        && isYearLike(n, "") && NumberParser.isDigits(lower[numberAt]) && !lower[numberAt].contains(",")) {
      return i; // "the 1967 slayings", "a 2008 model": a year the noun is of, no count of it
    }
    if (hedge == Hedge.EXACT || hedge == Hedge.ABOUT && n.approximate()) {
      // "more than a dozen" is more than 12, "about a dozen" about 12
      HedgeWords.Match before = hedges.hedgeBefore(lower, start);
      if (before != null && !ctx.anyUsed(s.index(), start - before.length(), start)) {
        hedge = before.hedge();
        start -= before.length();
      } else {
        HedgeWords.Match after = hedges.hedgeAfter(lower, end);
        if (after != null) {
          hedge = after.hedge();
          end += after.length();
        }
      }
    }
    ctx.add(s.index(), start, end, new Quantity(Clauses.join(s, start, end), n.value(), upper, hedge, unitName));
    return end;
  }

  /**
   * A whole number that nothing follows but punctuation, a verb or a preposition ("the 8900 is",
   * "the 8320, the 8900", "on the 7 with 17 seconds left"): after a determiner, a thing's name.
   */
  private static boolean isModelNumber(Sentence s, NumberParser.Parsed n) {
    if (n.words() || n.value() != Math.rint(n.value())) {
      return false;
    }
    if (n.end() >= s.size()) {
      return true;
    }
    Token next = s.token(n.end());
    return switch (next.tag()) {
      case "PUNCT" -> !next.lower().equals("-") && next.text().chars().noneMatch(Character::isLetter);
      case "AUX", "PART", "ADP", "SCONJ" -> true;
      case "VERB" -> !next.lower().endsWith("ed");
      default -> false;
    };
  }

  private static final Pattern MERIDIEM = Pattern.compile("[ap]\\.?m(?:[^a-z].*)?");

  /**
   * "a.m." or "p.m." however the tokenizer cut it ("a" "." "m.", "a." "m.", "p.m" at a clause's end): a
   * time of day after a number.
   */
  private static boolean meridiem(String[] lower, int at) {
    StringBuilder next = new StringBuilder();
    for (int k = at; k < Math.min(lower.length, at + 3); k++) {
      next.append(lower[k]);
    }
    return MERIDIEM.matcher(next).matches();
  }

  private static boolean isDeterminer(String lower) {
    return lower.equals("the") || lower.equals("a") || lower.equals("an");
  }

  /**
   * A whole number between commas right after a person: the person's age. The person is a name
   * ("Smith, 43, said", "John Smith, 43, of Chicago"), a noun of a person or a title ("the actress, 33,",
   * lexicon {@code age_holders} and the role heads), or two of them ("Tennant and Hakim, both 51,").
   */
  private boolean isAppositiveAge(Sentence s, String[] lower, int start, int end, NumberParser.Parsed n) {
    if (n.words() || n.value() != Math.rint(n.value()) || n.value() < 1 || n.value() > 120 || start < 2) {
      return false;
    }
    boolean closed = end >= lower.length || lower[end].equals(",") || lower[end].equals(".")
        || lower[end].equals(";") || lower[end].equals(")");
    int comma = start - 1;
    if (lower[comma].equals("both") || lower[comma].equals("all")) {
      comma--;
    }
    boolean list = end + 1 < lower.length && lower[end].equals(",") && NumberParser.isDigits(lower[end + 1]);
    if (!closed || list || comma < 1 || !lower[comma].equals(",")
        || s.token(comma - 1).text().chars().anyMatch(Character::isDigit)) {
      return false; // "IE6, 7, 8": a list of numbers
    }
    Mention m = ctx.mentions.endingAt(s.index(), comma);
    if (m != null) {
      return m.isPerson() || m.kind() == EntityKind.OTHER;
    }
    Token holder = s.token(comma - 1);
    String word = lower[comma - 1];
    if (units.ageHolders().contains(word) || ctx.lexicons.roles().heads().contains(word)) {
      return true;
    }
    // a capitalised word the article never writes in lower case: "Cheeks, 48," opening a sentence
    return (holder.isProperNoun() || holder.isNoun() && !ctx.commonWords.contains(word)) && holder.isCapitalized()
        && !ctx.lexicons.stopwords().contains(word)
        && ctx.lexicons.places().lookup(holder.text()).isEmpty() && !ctx.lexicons.time().months().containsKey(word)
        && !ctx.lexicons.time().weekdays().containsKey(word);
  }

  /** "at age 85", "aged 85", "she was 85." */
  private boolean isStatedAge(Sentence s, String[] lower, int start, int end, NumberParser.Parsed n) {
    if (n.value() != Math.rint(n.value()) || n.value() < 1 || n.value() > 120 || start < 1) {
      return false;
    }
    if (lower[start - 1].equals("age") || lower[start - 1].equals("aged") || lower[start - 1].equals("ages")) {
      return true;
    }
    if (start >= 3 && lower[start - 1].equals("and") && lower[start - 3].equals("ages")
        && NumberParser.isDigits(lower[start - 2])) {
      return true; // "ages 6 and 16"
    }
    boolean copula = lower[start - 1].equals("was") || lower[start - 1].equals("is");
    boolean closes = end >= lower.length || lower[end].equals(".") || lower[end].equals(",")
        || lower[end].equals("when");
    if (!copula || !closes || start < 2) {
      return false;
    }
    String who = lower[start - 2];
    Mention m = ctx.mentions.endingAt(s.index(), start - 1);
    return who.equals("he") || who.equals("she") || m != null && m.isPerson();
  }

  /** After "N", the position of the noun in "of M noun", or -1. */
  private int partitive(Sentence s, String[] lower, int end) {
    if (end + 1 < lower.length && lower[end].equals("of") && NumberParser.isDigits(lower[end + 1])) {
      Unit u = unitAfter(s, lower, end + 2);
      return u.name().isEmpty() ? -1 : end + 2;
    }
    return -1;
  }

  private static boolean isYearLike(NumberParser.Parsed n, String unit) {
    return unit.isEmpty() && !n.words() && n.value() >= 1800 && n.value() <= 2100 && n.value() == Math.rint(n.value());
  }

  private String currencySymbol(Sentence s, int i) {
    String text = s.token(i).text();
    String code = units.currencySymbols().get(text);
    if (code == null || i + 1 >= s.size()) {
      return null;
    }
    return NumberParser.isDigits(s.token(i + 1).lower()) || numbers.parse(s, i + 1) != null ? code : null;
  }

  private record Unit(String name, int end) {}

  /**
   * The token after a number-word-number chain glued by hyphens that goes on at token {@code at}
   * ("-plus-two" of "two-plus-two", "-on-one" of "one-on-one"), or 0 when the number is not followed by one.
   */
  private int chainEnd(Sentence s, int at) {
    if (at <= 0 || at >= s.size()) {
      return 0;
    }
    int from = s.token(at - 1).end() - s.start();
    if (from < 0 || from > s.text().length()) {
      return 0;
    }
    Matcher m = CHAIN.matcher(s.text()).region(from, s.text().length());
    if (!m.lookingAt()) {
      return 0;
    }
    String second = m.group(1).toLowerCase(java.util.Locale.ROOT);
    if (!NumberParser.isDigits(second) && ctx.lexicons.numbers().simple(second) == null) {
      return 0;
    }
    int k = at;
    while (k < s.size() && s.token(k).end() - s.start() <= m.end()) {
      k++;
    }
    return k;
  }

  /** Token {@code at} is a hyphen with no space on either side ("45-yard"). */
  private static boolean glued(Sentence s, int at) {
    return at > 0 && at + 1 < s.size() && s.token(at).text().equals("-")
        && s.token(at - 1).end() == s.token(at).start() && s.token(at).end() == s.token(at + 1).start();
  }

  private static boolean isWord(String token) {
    return token.length() > 1 && token.chars().allMatch(Character::isLetter);
  }

  /** The unit or counted noun after a number: percent, a measure, an age, or the head noun. */
  private Unit unitAfter(Sentence s, String[] lower, int at) {
    if (at >= lower.length) {
      return new Unit("", at);
    }
    int p = units.percent().matchAt(lower, at);
    if (p > 0) {
      int end = at + p;
      if (end + 1 < lower.length && lower[end].equals("of") && s.token(end + 1).isNoun()) {
        return new Unit("percent of " + ctx.terms.term(lower[end + 1]), end + 2);
      }
      return new Unit("percent", end);
    }
    int k = at;
    if (lower[k].equals("-") && k + 1 < lower.length) {
      k++;
    }
    int age = units.ageCues().matchAt(lower, k);
    if (age == 0 && k + 2 < lower.length && (lower[k].equals("year") || lower[k].equals("years"))
        && lower[k + 1].equals("-") && lower[k + 2].equals("old")) {
      age = 3;
    }
    if (age > 0) {
      return new Unit("age", k + age);
    }
    String measure = units.measures().get(lower[k]);
    if (measure != null && (k > at || s.token(k).isNoun() || lower[k].length() <= 3)) {
      return new Unit(measure, k + 1);
    }
    String modifier = k > at && glued(s, at) ? lower[k]
        : at > 0 && lower[at].startsWith("-") && s.token(at - 1).end() == s.token(at).start() ? lower[at].substring(1)
        : "";
    if (isWord(modifier) && !units.notCounted().contains(modifier)) {
      // a compound modifier measures its own word: "a 45-yard field goal" is 45 yards, not 45 goals
      String synonym = units.synonyms().get(modifier);
      return new Unit(synonym != null ? synonym : ctx.terms.term(modifier), k + 1);
    }
    int head = NounPhrases.headAfter(s, k);
    if (head < 0) {
      return new Unit("", at);
    }
    String noun = lower[head];
    if (units.notCounted().contains(noun) || s.token(head).isVerb() && !units.synonyms().containsKey(noun)) {
      return new Unit("", at); // "50 wounded" counts the wounded, "thousands fled" nothing
    }
    if (noun.endsWith("s") && ctx.lexicons.places().byDemonym(noun.substring(0, noun.length() - 1)).isPresent()) {
      return new Unit("people", head + 1); // "40 Palestinians" counts people
    }
    String synonym = units.synonyms().get(noun);
    return new Unit(synonym != null ? synonym : ctx.terms.term(noun), head + 1);
  }
}
