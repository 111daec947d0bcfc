package dev.crosscheck.extract;

import dev.crosscheck.lexicon.NumberWords;
import dev.crosscheck.nlp.Sentence;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads a number at a token position: digits ("50,000", "1.5"), words ("three", "twenty-five",
 * "a dozen"), either with a multiplier ("1.5 million", "$5.7 billion", "5bn").
 */
final class NumberParser {
  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?|\\.\\d+");
  private static final Pattern DIGITS_WITH_SUFFIX = Pattern.compile("(\\d+(?:\\.\\d+)?)([a-z]{1,2})");

  /**
   * A number read from tokens [start, end); {@code words} when written in words; {@code plural} for
   * a vague lower bound ("dozens", "hundreds of thousands": at least twice the unit);
   * {@code approximate} for a round word that is not an exact count ("a dozen", "half a dozen").
   */
  record Parsed(double value, int start, int end, boolean words, boolean plural, boolean approximate) {
    Parsed(double value, int start, int end, boolean words, boolean plural) {
      this(value, start, end, words, plural, false);
    }
  }

  private final NumberWords lexicon;

  NumberParser(NumberWords lexicon) {
    this.lexicon = lexicon;
  }

  static boolean isDigits(String token) {
    return startsLikeANumber(token) && DIGITS.matcher(token).matches();
  }

  /** A digit or a decimal point first: what every number written in digits starts with. */
  private static boolean startsLikeANumber(String token) {
    if (token.isEmpty()) {
      return false;
    }
    char c = token.charAt(0);
    return c >= '0' && c <= '9' || c == '.';
  }

  static double digits(String token) {
    return Double.parseDouble(token.replace(",", ""));
  }

  /** The number starting at token {@code i}, or null. */
  Parsed parse(Sentence s, int i) {
    String[] lower = s.lowerTokens();
    if (i >= lower.length) {
      return null;
    }
    String t = lower[i];
    double value;
    int end;
    boolean words = false;
    boolean approximate = false;
    if (isDigits(t)) {
      value = digits(t);
      end = i + 1;
      Joined joined = spacedGroups(s, lower, i, value);
      if (joined != null) {
        end = joined.end();
        value = joined.value();
      }
      Joined fraction = fraction(s, lower, end, value);
      if (fraction != null) {
        end = fraction.end();
        value = fraction.value();
      }
    } else {
      var m = startsLikeANumber(t) ? DIGITS_WITH_SUFFIX.matcher(t) : null;
      if (m != null && m.matches() && lexicon.multipliers().containsKey(m.group(2))) {
        return new Parsed(times(Double.parseDouble(m.group(1)), lexicon.multipliers().get(m.group(2))), i, i + 1,
            false, false);
      }
      Parsed w = wordNumber(lower, i);
      if (w == null) {
        return null;
      }
      value = w.value();
      end = w.end();
      words = true;
      approximate = w.approximate();
      if (w.plural()) {
        return w;
      }
    }
    // multipliers: "1.5 million", "two dozen", "five hundred thousand", "$2.6-million" (hyphenated)
    while (end < lower.length) {
      int at = hyphenatedMultiplier(s, lower, end);
      String w = lower[at].startsWith("-") ? lower[at].substring(1) : lower[at];
      Double mult = w.equals("dozen") ? Double.valueOf(12) : lexicon.multipliers().get(w);
      if (mult == null || w.length() == 1) {
        break; // single letters ("m", "k") count only when attached: "5m"
      }
      value = times(value, mult);
      end = at + 1;
    }
    return new Parsed(value, i, end, words, false, approximate);
  }

  /**
   * Where the multiplier of a number ending before token {@code at} would be: {@code at} itself, or the
   * word after a hyphen glued to both ("2.6" "-" "million"), which a "-million" token also gives.
   */
  private static int hyphenatedMultiplier(Sentence s, String[] lower, int at) {
    boolean hyphen = lower[at].equals("-") && at + 1 < lower.length && at > 0
        && s.token(at - 1).end() == s.token(at).start() && s.token(at).end() == s.token(at + 1).start();
    return hyphen ? at + 1 : at;
  }

  /**
   * {@code value} times {@code multiplier} in decimal: "2.01 million" is 2,010,000, not the
   * 2,009,999.9999999998 of binary floating point.
   */
  static double times(double value, double multiplier) {
    return BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(multiplier)).doubleValue();
  }

  /**
   * Text rebuilt from tokens writes "15, 800" for 15,800, "6. 2" for 6.2 and "1, 234. 56" for
   * 1,234.56: a number of one to three digits glued to a comma or point, one space, then three digits
   * (or one or two after a point, also after the thousands). Returns the joined number and where it
   * ends, or null.
   */
  private static Joined spacedGroups(Sentence s, String[] lower, int i, double value) {
    if (lower[i].length() > 3 || lower[i].contains(",") || lower[i].contains(".")) {
      return null;
    }
    int end = i + 1;
    double v = value;
    boolean changed = false;
    while (end + 1 < lower.length && lower[end].equals(",") && gluedThenSpace(s, end)
        && lower[end + 1].matches("\\d{3}")) {
      v = v * 1000 + Double.parseDouble(lower[end + 1]);
      end += 2;
      changed = true;
    }
    if (end + 1 < lower.length && lower[end].equals(".") && gluedThenSpace(s, end)
        && lower[end + 1].matches("\\d{1,2}")) {
      v = new BigDecimal(Long.toString((long) v) + "." + lower[end + 1]).doubleValue(); // the cents
      end += 2;
      changed = true;
    }
    if (!changed) {
      return null;
    }
    return new Joined(v, end);
  }

  private record Joined(double value, int end) {}

  private static final java.util.regex.Pattern FRACTION = java.util.regex.Pattern.compile("(\\d)/(\\d{1,2})(?!\\d)");

  /**
   * A whole number and a fraction after it, one space apart: "4 1/2 hours" is four and a half, however
   * the tokenizer cut "1/2". Null when none follows.
   */
  private static Joined fraction(Sentence s, String[] lower, int at, double whole) {
    if (at >= lower.length || whole != Math.rint(whole) || s.token(at - 1).end() + 1 != s.token(at).start()) {
      return null;
    }
    int from = s.token(at).start() - s.start();
    if (from < 0 || from >= s.text().length()) {
      return null;
    }
    java.util.regex.Matcher m = FRACTION.matcher(s.text()).region(from, s.text().length());
    if (!m.lookingAt()) {
      return null;
    }
    int endOffset = s.start() + m.end();
    for (int k = at; k < lower.length && s.token(k).start() < endOffset; k++) {
      if (s.token(k).end() == endOffset) {
        double n = Double.parseDouble(m.group(1));
        double d = Double.parseDouble(m.group(2));
        return d > n && n > 0 ? new Joined(whole + n / d, k + 1) : null;
      }
    }
    return null;
  }

  private static boolean gluedThenSpace(Sentence s, int sep) {
    return s.token(sep - 1).end() == s.token(sep).start() && s.token(sep).end() + 1 == s.token(sep + 1).start();
  }

  /** A round number word at {@code i} ("dozen", "hundred", "million"), or null. */
  private Parsed round(String[] lower, int i) {
    String w = lower[i];
    Double coll = lexicon.collective().get(w);
    if (coll != null && coll >= 12) {
      return new Parsed(coll, i, i + 1, true, false, lexicon.approximate().contains(w));
    }
    Double mult = lexicon.multipliers().get(w);
    return mult != null && mult >= 100 && w.length() > 2 ? new Parsed(mult, i, i + 1, true, false) : null;
  }

  private Parsed wordNumber(String[] lower, int i) {
    String t = lower[i];
    // "a dozen", "a million", "a hundred"
    if ((t.equals("a") || t.equals("an")) && i + 1 < lower.length) {
      String next = lower[i + 1];
      Double coll = lexicon.collective().get(next);
      if (coll != null && coll >= 1 && !next.equals("both") && !next.equals("twice")) {
        return new Parsed(coll, i, i + 2, true, false, lexicon.approximate().contains(next));
      }
      Double mult = lexicon.multipliers().get(next);
      if (mult != null && mult >= 100 && next.length() > 2) {
        return new Parsed(mult, i, i + 2, true, false);
      }
      return null;
    }
    Double plural = lexicon.pluralMultipliers().get(t);
    boolean of = i + 1 < lower.length && lower[i + 1].equals("of");
    if (plural != null && (of || lexicon.pluralsAlone().contains(t))) {
      // "dozens", "thousands of": at least two of the unit; "hundreds of thousands", "tens of millions"
      double value = plural * 2;
      int end = i + 1;
      while (end + 1 < lower.length && lower[end].equals("of")) {
        Double next = lexicon.pluralMultipliers().get(lower[end + 1]);
        if (next == null) {
          break;
        }
        value = times(value, next);
        end += 2;
      }
      return new Parsed(value, i, end, true, true);
    }
    Double fraction = lexicon.collective().get(t);
    if (fraction != null && fraction < 1 && i + 2 < lower.length) {
      // "half a dozen", "half a million", "a half-dozen"
      Parsed whole = lower[i + 1].equals("a") || lower[i + 1].equals("an") ? wordNumber(lower, i + 1)
          : lower[i + 1].equals("-") ? round(lower, i + 2) : null;
      if (whole != null) {
        return new Parsed(times(fraction, whole.value()), i, whole.end(), true, false, whole.approximate());
      }
    }
    if (lexicon.vagueQuantifiers().contains(t) && i + 1 < lower.length) {
      Parsed whole = round(lower, i + 1); // "several dozen", "many thousands": at least two of them
      if (whole != null) {
        return new Parsed(whole.value() * 2, i, whole.end(), true, true);
      }
    }
    Double simple = lexicon.simple(t);
    if (simple == null) {
      int dash = t.indexOf('-');
      if (dash > 0) {
        Double tens = lexicon.tens().get(t.substring(0, dash));
        Double unit = lexicon.units().get(t.substring(dash + 1));
        if (tens != null && unit != null && unit < 10) {
          return new Parsed(tens + unit, i, i + 1, true, false);
        }
      }
      Double coll = lexicon.collective().get(t);
      if (coll != null && coll >= 12) {
        return new Parsed(coll, i, i + 1, true, false, lexicon.approximate().contains(t));
      }
      return null;
    }
    // "twenty - five"
    if (lexicon.tens().containsKey(t) && i + 2 < lower.length && lower[i + 1].equals("-")) {
      Double unit = lexicon.units().get(lower[i + 2]);
      if (unit != null && unit < 10) {
        return new Parsed(simple + unit, i, i + 3, true, false);
      }
    }
    return new Parsed(simple, i, i + 1, true, false);
  }
}
