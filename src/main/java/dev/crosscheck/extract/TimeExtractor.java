package dev.crosscheck.extract;

import dev.crosscheck.lexicon.TimeWords;
import dev.crosscheck.model.Modality;
import dev.crosscheck.model.TimeValue;
import dev.crosscheck.nlp.Sentence;
import dev.crosscheck.nlp.Token;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, weekdays, months, years, relative expressions and durations. With a publication date,
 * weekdays, dates and months without a year and relative expressions are resolved to dates: the
 * last one before publication for what the sentence puts in the past ("was arrested in February"),
 * the next one for what is planned ("will meet in June"), the nearest one otherwise ("the special
 * airs in November", "the January 31 deadline"); without a date they stay typed but unresolved.
 */
final class TimeExtractor {
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern DAY_NUMBER = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?");
  private static final Pattern YEAR = Pattern.compile("(1[89]\\d\\d|20\\d\\d)");
  private static final java.util.Set<String> OFFSET_WORDS = java.util.Set.of("ago");
  private static final Pattern SEASON_YEARS = Pattern.compile("(1[89]\\d\\d|20\\d\\d)[-–/](\\d{2}|\\d{4})");

  private final ArticleContext ctx;
  private final TimeWords words;
  private final NumberParser numbers;

  TimeExtractor(ArticleContext ctx, NumberParser numbers) {
    this.ctx = ctx;
    this.words = ctx.lexicons.time();
    this.numbers = numbers;
  }

  void extract(Sentence s) {
    String[] lower = s.lowerTokens();
    int first = ctx.drafts.size();
    int i = 0;
    while (i < s.size()) {
      int next = ctx.isUsed(s.index(), i) ? i + 1 : at(s, lower, i);
      i = Math.max(next, i + 1);
    }
    dropAlternatives(s, lower, first);
  }

  /**
   * Two times offered as alternatives ("late 2009 or early 2010", "March or April", "Monday or
   * Tuesday") or as the vague bounds of a time ("between late 2005 and early 2007") say one vague time, not
   * two dates that could each conflict with another source: neither is kept as a claim (their words
   * stay taken, so they are not read as numbers either). Drafts from {@code first} on are this
   * sentence's times.
   */
  private void dropAlternatives(Sentence s, String[] lower, int first) {
    List<Draft> drafts = ctx.drafts;
    java.util.BitSet drop = new java.util.BitSet();
    for (int k = first; k + 1 < drafts.size(); k++) {
      Draft a = drafts.get(k);
      Draft b = drafts.get(k + 1);
      if (!(a.value() instanceof TimeValue ta) || !(b.value() instanceof TimeValue tb)
          || ta.kind() == dev.crosscheck.model.TimeKind.DURATION || tb.kind() == dev.crosscheck.model.TimeKind.DURATION
          || a.end() > b.start()) {
        continue;
      }
      String joiner = joinerBetween(s, lower, a.end(), b.start());
      // "between late January and early February" is vague; "between May 1, 2005, and Dec. 8, 2006" a period
      boolean between = joiner.equals("and") && opensRange(lower, a.start())
          && (words.parts().matchEndingAt(lower, a.start()) > 0 || words.parts().occursIn(lower, a.end(), b.start()));
      if (joiner.equals("or") || joiner.equals("/") || between) {
        drop.set(k);
        drop.set(k + 1);
      }
    }
    for (int k = drop.length() - 1; k >= 0; k = drop.previousSetBit(k - 1)) {
      drafts.remove(k);
      if (k == 0) {
        break;
      }
    }
  }

  /**
   * The one word joining two times in tokens [from, to) ("or", "/", "and"), past the parts of a
   * period and prepositions around it ("or early", "or in"); "" when anything else stands there.
   */
  private String joinerBetween(Sentence s, String[] lower, int from, int to) {
    String joiner = "";
    int k = from;
    while (k < to) {
      int part = words.parts().matchAt(lower, k);
      if (part > 0 && k + part <= to) {
        k += part;
        continue;
      }
      String w = lower[k];
      if ((w.equals("or") || w.equals("/") || w.equals("and")) && joiner.isEmpty()) {
        joiner = w;
      } else if (!s.token(k).tag().equals("ADP") && !w.equals(",")) {
        return "";
      }
      k++;
    }
    return joiner;
  }

  /** "between" before a time, past the parts of a period: "between late 2005 and 2007". */
  private boolean opensRange(String[] lower, int start) {
    int k = start;
    for (int back = 1; back <= 4 && k > 0; back++) {
      if (lower[k - 1].equals("between")) {
        return true;
      }
      int part = words.parts().matchEndingAt(lower, k);
      if (part == 0) {
        return false;
      }
      k -= part;
    }
    return k > 0 && lower[k - 1].equals("between");
  }

  /** Extracts a time expression starting at token i; returns the index after it, or i when none. */
  private int at(Sentence s, String[] lower, int i) {
    boolean digit = !lower[i].isEmpty() && Character.isDigit(lower[i].charAt(0));
    Matcher iso = digit ? ISO_DATE.matcher(lower[i]) : null;
    if (iso != null && iso.matches()) {
      int m = Integer.parseInt(iso.group(2));
      int d = Integer.parseInt(iso.group(3));
      if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
        ctx.add(s.index(), i, i + 1, TimeValue.date(s.token(i).text(), Integer.parseInt(iso.group(1)), m, d, null, false));
        return i + 1;
      }
    }
    Integer weekday = weekday(s, lower, i);
    if (weekday != null) {
      return weekdayAt(s, lower, i, weekday);
    }
    Integer month = month(s, lower, i);
    if (month != null) {
      return monthAt(s, lower, i, month);
    }
    int rel = relativeAt(s, lower, i);
    if (rel > i) {
      return rel;
    }
    Matcher season = digit ? SEASON_YEARS.matcher(lower[i]) : null;
    if (season != null && season.matches()) {
      ctx.add(s.index(), i, i + 1, TimeValue.year(s.token(i).text(), Integer.parseInt(season.group(1)), false));
      return i + 1;
    }
    if (digit && YEAR.matcher(lower[i]).matches() && s.token(i).isNumber() && isYearContext(s, lower, i)) {
      ctx.add(s.index(), i, i + 1, TimeValue.year(s.token(i).text(), Integer.parseInt(lower[i]), false));
      return i + 1;
    }
    return durationAt(s, lower, i);
  }

  private Integer weekday(Sentence s, String[] lower, int i) {
    String w = stripDot(lower[i]);
    Integer d = words.weekdays().get(w);
    if (d == null || !s.token(i).isCapitalized()) {
      return null;
    }
    if (w.length() <= 4 && (words.ambiguousAbbreviations().contains(w) || !lower[i].endsWith("."))
        && !(i + 1 < lower.length && (lower[i + 1].equals(",") || DAY_NUMBER.matcher(lower[i + 1]).matches()))) {
      return null;
    }
    return d;
  }

  private Integer month(Sentence s, String[] lower, int i) {
    String w = stripDot(lower[i]);
    Integer m = words.months().get(w);
    if (m == null || !s.token(i).isCapitalized()) {
      return null;
    }
    int next = i + 1 < lower.length && lower[i + 1].equals(".") ? i + 2 : i + 1;
    boolean numberNext = next < lower.length && (DAY_NUMBER.matcher(lower[next]).matches()
        || YEAR.matcher(lower[next]).matches());
    boolean numberBefore = i > 0 && DAY_NUMBER.matcher(lower[i - 1]).matches();
    if (words.ambiguousAbbreviations().contains(w) || w.length() <= 4 && !w.equals("june") && !w.equals("july")) {
      // "May", "Mar.", "Jan": a month only next to a day or year, or after a preposition of time
      boolean timePreposition = i > 0 && (lower[i - 1].equals("in") || lower[i - 1].equals("since")
          || lower[i - 1].equals("until") || lower[i - 1].equals("by") || lower[i - 1].equals("last")
          || lower[i - 1].equals("next") || lower[i - 1].equals("early") || lower[i - 1].equals("late")
          || lower[i - 1].equals("mid") || lower[i - 1].equals("this"));
      if (!numberNext && !numberBefore && !(timePreposition && !s.token(i).tag().equals("AUX"))) {
        return null;
      }
    }
    return m;
  }

  private int weekdayAt(Sentence s, String[] lower, int i, int weekday) {
    DayOfWeek dow = DayOfWeek.of(weekday);
    if (lower[i].endsWith("s") && lower[i].length() > 4 && words.weekdays().get(lower[i]) == null) {
      return i + 1; // "Sundays": a habit, not a day
    }
    int j = i + 1;
    if (j < lower.length && lower[j].equals(",")) {
      j++;
    }
    if (j < lower.length) {
      Integer month = month(s, lower, j);
      if (month != null) {
        int end = monthAt(s, lower, j, month, dow, i);
        if (end > j) {
          return end;
        }
      }
    }
    String text = s.token(i).text();
    Clauses.Reading r = ctx.clauses.read(s, i, i + 1);
    if (ctx.published != null) {
      LocalDate date = switch (direction(s, lower, i, i + 1, r.modality())) {
        case FUTURE -> ctx.published.with(TemporalAdjusters.nextOrSame(dow));
        case PAST -> ctx.published.with(TemporalAdjusters.previousOrSame(dow));
        case NEAREST -> nearest(ctx.published.with(TemporalAdjusters.previousOrSame(dow)),
            ctx.published.with(TemporalAdjusters.nextOrSame(dow)));
      };
      ctx.add(s.index(), i, i + 1, TimeValue.date(text, date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
          dow, true), r);
    } else {
      ctx.add(s.index(), i, i + 1, TimeValue.weekday(text, dow), r);
    }
    return i + 1;
  }

  private int monthAt(Sentence s, String[] lower, int i, int month) {
    return monthAt(s, lower, i, month, null, i);
  }

  /** Month forms starting at i: "July 28, 2024", "July 28", "July 2024", "July"; "28 July 2024" too. */
  private int monthAt(Sentence s, String[] lower, int i, int month, DayOfWeek weekday, int from) {
    int start = from;
    Integer day = null;
    Integer year = null;
    boolean abbreviated = !java.time.Month.of(month).name().equalsIgnoreCase(stripDot(lower[i]));
    int end = abbreviated && i + 1 < lower.length && lower[i + 1].equals(".") ? i + 2 : i + 1;
    if (end < lower.length) {
      Matcher dm = DAY_NUMBER.matcher(lower[end]);
      if (dm.matches() && Integer.parseInt(dm.group(1)) >= 1 && Integer.parseInt(dm.group(1)) <= 31
          && !YEAR.matcher(lower[end]).matches()) {
        day = Integer.parseInt(dm.group(1));
        end++;
      }
    }
    if (day == null && start == i && i > 0 && !ctx.isUsed(s.index(), i - 1)) {
      Matcher dm = DAY_NUMBER.matcher(lower[i - 1]);
      if (dm.matches() && Integer.parseInt(dm.group(1)) >= 1 && Integer.parseInt(dm.group(1)) <= 31) {
        day = Integer.parseInt(dm.group(1));
        start = i - 1;
      }
    }
    int y = end < lower.length && lower[end].equals(",") ? end + 1 : end;
    if (y < lower.length && YEAR.matcher(lower[y]).matches()) {
      year = Integer.parseInt(lower[y]);
      end = y + 1;
    }
    String text = Clauses.join(s, start, end);
    Clauses.Reading r = ctx.clauses.read(s, start, end);
    if (r.modality() == Modality.HAPPENED && isDeadline(lower, start)) {
      r = new Clauses.Reading(r.subject(), r.predicate(), r.polarity(), Modality.PLANNED);
    }
    boolean resolved = false;
    if (year == null && ctx.published != null) {
      year = inferYear(month, day, direction(s, lower, start, end, r.modality()));
      resolved = true;
    }
    if (year != null && i > 0 && start > 0 && isShifted(lower, start) && ctx.published != null) {
      year = lower[start - 1].equals("last") ? lastYearOf(month) : lower[start - 1].equals("next")
          ? nextYearOf(month) : ctx.published.getYear();
    }
    TimeValue value;
    if (day != null) {
      DayOfWeek dow = weekday;
      if (dow == null && year != null) {
        try {
          dow = LocalDate.of(year, month, day).getDayOfWeek();
        } catch (RuntimeException e) {
          dow = null;
        }
      }
      value = TimeValue.date(text, year, month, day, dow, resolved);
    } else {
      value = TimeValue.month(text, year, month, resolved);
    }
    ctx.add(s.index(), start, end, value, r);
    return end;
  }

  private boolean isShifted(String[] lower, int start) {
    return start > 0 && (lower[start - 1].equals("last") || lower[start - 1].equals("next")
        || lower[start - 1].equals("this"));
  }

  private int lastYearOf(int month) {
    LocalDate p = ctx.published;
    return month < p.getMonthValue() ? p.getYear() : p.getYear() - 1;
  }

  private int nextYearOf(int month) {
    LocalDate p = ctx.published;
    return month > p.getMonthValue() ? p.getYear() : p.getYear() + 1;
  }

  private boolean isDeadline(String[] lower, int start) {
    return words.deadlineCues().matchEndingAt(lower, start) > 0;
  }

  /** Which way from the publication date a time named without its year lies. */
  enum Direction { PAST, FUTURE, NEAREST }

  /**
   * The direction of a time at tokens [start, end): ahead for what is planned, back after "since" or
   * when the verb it hangs on is in the past, the nearest one otherwise.
   */
  private Direction direction(Sentence s, String[] lower, int start, int end, Modality modality) {
    if (modality == Modality.PLANNED) {
      return Direction.FUTURE;
    }
    for (int k = start - 1; k >= Math.max(0, start - 3); k--) {
      if (words.pastCues().contains(lower[k])) {
        return Direction.PAST; // "since June", "since early June"
      }
      if (!s.token(k).tag().equals("ADJ") && !s.token(k).tag().equals("ADV") && !lower[k].equals("the")) {
        break;
      }
    }
    return pastTense(s, lower, start, end) ? Direction.PAST : Direction.NEAREST;
  }

  /**
   * Whether the verb a value hangs on is in the past: its first auxiliary ("was", "had", "has
   * been" as a perfect) or, without one, its form ("finalized", "struck"; "hit" after a singular
   * subject, which would say "hits" in the present). The verb is the clause's, else the sentence's
   * nearest finite one ("In February, a quake hit the town").
   */
  private boolean pastTense(Sentence s, String[] lower, int start, int end) {
    int verb = ctx.clauses.predicateVerb(s, start, end);
    if (verb < 0) {
      verb = finiteVerb(s, lower, end, s.size(), 1);
      if (verb < 0) {
        verb = finiteVerb(s, lower, start - 1, -1, -1);
      }
    }
    if (verb > 0 && lower[verb - 1].equals("to")) {
      // an infinitive takes the tense of the verb it completes: "started to experience problems on Saturday"
      verb = finiteVerb(s, lower, verb - 2, Math.max(-1, verb - 5), -1);
    }
    if (verb < 0) {
      return false;
    }
    for (int k = verb; k >= Math.max(0, verb - 4); k--) {
      Token t = s.token(k);
      if (t.tag().equals("AUX") && !lower[k].equals("been") && !lower[k].equals("be") && !lower[k].equals("being")) {
        return words.pastAuxiliaries().contains(lower[k]); // "is", "will", "can": not the past
      }
      if (k < verb && (t.isVerb() || t.isPunctuation() || t.isNoun() || t.tag().equals("PRON"))) {
        break;
      }
    }
    Token v = s.token(verb);
    if (!v.isVerb()) {
      return false;
    }
    String form = lower[verb];
    String lemma = ctx.lemma(v);
    if (form.endsWith("ing")) {
      return false;
    }
    if (form.equals(lemma)) {
      return singularSubject(s, verb);
    }
    boolean thirdPerson = form.equals(lemma + "s") || form.equals(lemma + "es")
        || lemma.endsWith("y") && form.equals(lemma.substring(0, lemma.length() - 1) + "ies");
    return !thirdPerson;
  }

  /** The first finite verb or auxiliary from {@code from} towards {@code to} (step 1 or -1), or -1. */
  private static int finiteVerb(Sentence s, String[] lower, int from, int to, int step) {
    for (int k = from; k != to; k += step) {
      Token t = s.token(k);
      boolean infinitive = k > 0 && lower[k - 1].equals("to");
      if ((t.isVerb() && !lower[k].endsWith("ing") || t.tag().equals("AUX")) && !infinitive) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether the nearest noun or pronoun before the verb (past numbers, adjectives and participles:
   * "a quake measuring 6.4 hit") is a singular noun, a name or "he", "she", "it": a subject whose
   * present verb ends in -s.
   */
  private static boolean singularSubject(Sentence s, int verb) {
    for (int k = verb - 1; k >= Math.max(0, verb - 6); k--) {
      Token t = s.token(k);
      String w = t.lower();
      if (t.isNoun() || t.tag().equals("PRON")) {
        return w.equals("he") || w.equals("she") || w.equals("it") || t.isProperNoun()
            || t.isNoun() && !w.endsWith("s");
      }
      if (!t.isNumber() && !t.tag().equals("ADJ") && !t.tag().equals("DET") && !(t.isVerb() && w.endsWith("ing"))) {
        return false;
      }
    }
    return false;
  }

  /** Of two dates, the one nearer the publication date; the earlier one on a tie. */
  private LocalDate nearest(LocalDate before, LocalDate after) {
    long back = ChronoUnit.DAYS.between(before, ctx.published);
    long ahead = ChronoUnit.DAYS.between(ctx.published, after);
    return ahead < back ? after : before;
  }

  /**
   * The year of a month (and day) named without one, as {@code direction} says: the last such on or
   * before the publication date, the next on or after it, or the nearer of the two.
   */
  private int inferYear(int month, Integer day, Direction direction) {
    LocalDate p = ctx.published;
    int y = p.getYear();
    if (day == null) {
      int here = p.getMonthValue();
      int past = month <= here ? y : y - 1;
      int future = month >= here ? y : y + 1;
      return switch (direction) {
        case PAST -> past;
        case FUTURE -> future;
        case NEAREST -> (future * 12 + month) - (y * 12 + here) < (y * 12 + here) - (past * 12 + month) ? future : past;
      };
    }
    LocalDate past = onOrBefore(month, day, p);
    LocalDate future = onOrAfter(month, day, p);
    return switch (direction) {
      case PAST -> past.getYear();
      case FUTURE -> future.getYear();
      case NEAREST -> nearest(past, future).getYear();
    };
  }

  /** The last {@code month}/{@code day} on or before {@code p} (February 29 counts as the 28th in other years). */
  private static LocalDate onOrBefore(int month, int day, LocalDate p) {
    LocalDate d = dayOf(p.getYear(), month, day);
    return d.isAfter(p) ? dayOf(p.getYear() - 1, month, day) : d;
  }

  private static LocalDate onOrAfter(int month, int day, LocalDate p) {
    LocalDate d = dayOf(p.getYear(), month, day);
    return d.isBefore(p) ? dayOf(p.getYear() + 1, month, day) : d;
  }

  private static LocalDate dayOf(int year, int month, int day) {
    return LocalDate.of(year, month, Math.min(day, java.time.YearMonth.of(year, month).lengthOfMonth()));
  }

  private int relativeAt(Sentence s, String[] lower, int i) {
    int n = words.relativePhrases().matchAt(lower, i);
    if (n == 0) {
      return i;
    }
    String phrase = String.join(" ", java.util.Arrays.copyOfRange(lower, i, i + n));
    TimeWords.Relative rel = words.relative().get(phrase);
    if (rel == null) {
      return i;
    }
    String text = Clauses.join(s, i, i + n);
    TimeValue value;
    if (ctx.published == null || ctx.quoted(s.index(), i)) {
      // inside a quote, "today" is the day it was said, which the publication date does not tell
      value = TimeValue.relative(text, phrase);
    } else {
      LocalDate p = ctx.published;
      value = switch (rel.unit()) {
        case "day" -> {
          LocalDate d = p.plusDays(rel.shift());
          yield TimeValue.date(text, d.getYear(), d.getMonthValue(), d.getDayOfMonth(), d.getDayOfWeek(), true);
        }
        case "week" -> {
          LocalDate monday = p.plusWeeks(rel.shift()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
          yield new TimeValue(text, dev.crosscheck.model.TimeKind.RELATIVE, null, null, null, null,
              "week of " + monday, null, null, true);
        }
        case "month" -> {
          LocalDate d = p.plusMonths(rel.shift());
          yield TimeValue.month(text, d.getYear(), d.getMonthValue(), true);
        }
        default -> TimeValue.year(text, p.getYear() + rel.shift(), true);
      };
    }
    ctx.add(s.index(), i, i + n, value);
    return i + n;
  }

  /**
   * A year: a four-digit number after a preposition, after an article whatever follows ("the 1967
   * slayings"), or before a noun it dates.
   */
  private boolean isYearContext(Sentence s, String[] lower, int i) {
    if (i > 0) {
      String prev = lower[i - 1];
      if (prev.equals("$") || prev.equals("€") || prev.equals("£") || ctx.lexicons.units().currencySymbols()
          .containsKey(s.token(i - 1).text())) {
        return false;
      }
      if (prev.equals("the") || prev.equals("a") || prev.equals("an")) {
        return true; // "the 1967 slayings", "a 2008 model": a year the noun is of
      }
    }
    if (i + 1 < lower.length) {
      Token next = s.token(i + 1);
      if (next.isNoun() && !next.isProperNoun()) {
        String n = next.lower();
        // "2,000 troops" never matches YEAR; "1990 people" is rare but "2022 election" common
        return !ctx.lexicons.units().synonyms().containsKey(n) && !n.endsWith("s") || n.equals("years");
      }
      if (lower[i + 1].equals("%") || ctx.lexicons.units().percent().matchAt(lower, i + 1) > 0) {
        return false;
      }
    }
    return true;
  }

  /** "35 days", "for 15 years", "a 90-day stay"; not "33-year-old", which is an age. */
  private int durationAt(Sentence s, String[] lower, int i) {
    NumberParser.Parsed n = numbers.parse(s, i);
    if (n == null || n.plural()) {
      return i;
    }
    int u = n.end();
    if (u < lower.length && lower[u].equals("-")) {
      u++;
    }
    if (u >= lower.length) {
      return i;
    }
    Double days = words.durations().get(lower[u]);
    if (days == null) {
      return i;
    }
    if (u + 1 < lower.length && (lower[u + 1].equals("old") || lower[u + 1].equals("-") && u + 2 < lower.length
        && lower[u + 2].equals("old"))) {
      return i;
    }
    if (u + 1 < lower.length && OFFSET_WORDS.contains(lower[u + 1])) {
      return u + 1; // "three weeks ago": a point in time counted from an unstated day
    }
    String unit = lower[u].endsWith("s") ? lower[u].substring(0, lower[u].length() - 1) : lower[u];
    ctx.add(s.index(), i, u + 1, TimeValue.duration(Clauses.join(s, i, u + 1), n.value(), unit));
    return u + 1;
  }

  private static String stripDot(String w) {
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }
}
