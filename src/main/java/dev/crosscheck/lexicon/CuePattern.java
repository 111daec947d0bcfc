package dev.crosscheck.lexicon;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A case-insensitive cue pattern with the literal words it must begin with, if it has any
 * ({@code \bsign up (for|to)\b} begins with "sign up"). A text without those words in it cannot
 * match, and a substring search rules that out many times faster than the regular expression.
 */
record CuePattern(Pattern pattern, String literal) {

  static CuePattern of(Pattern pattern) {
    return new CuePattern(pattern, leadingLiteral(pattern.pattern()));
  }

  /** Whether the cue occurs in {@code text}; {@code lower} is the text in lower case. */
  boolean find(String text, String lower) {
    return (literal.isEmpty() || lower.contains(literal)) && pattern.matcher(text).find();
  }

  /** The lower-case letters, digits and spaces a match must start with (after a word boundary); "" when unsure. */
  static String leadingLiteral(String regex) {
    if (hasTopLevelAlternative(regex)) {
      return "";
    }
    String rest = regex.startsWith("\\b") ? regex.substring(2) : regex;
    int i = 0;
    while (i < rest.length() && (Character.isLetterOrDigit(rest.charAt(i)) || rest.charAt(i) == ' ')) {
      i++;
    }
    String literal = rest.substring(0, i);
    if (i < rest.length() && "?*{".indexOf(rest.charAt(i)) >= 0 && !literal.isEmpty()) {
      literal = literal.substring(0, literal.length() - 1); // the last letter is optional
    }
    literal = literal.strip();
    return literal.length() >= 3 ? literal.toLowerCase(Locale.ROOT) : "";
  }

  private static boolean hasTopLevelAlternative(String regex) {
    int depth = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return true;
      }
    }
    return false;
  }
}
