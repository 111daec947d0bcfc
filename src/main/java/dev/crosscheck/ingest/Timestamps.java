package dev.crosscheck.ingest;

import dev.crosscheck.lexicon.TimeWords;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a line that is only a date and time ("Tuesday, July 2, 2013", "12: 48PM BST 09 Sep 2013",
 * "AUGUST 2, 2013 | 08: 06AM PT"): a timestamp of the page, not a sentence of the story. Such a line
 * near the top of an article gives its publication date.
 */
final class Timestamps {
  private static final Pattern SPLIT = Pattern.compile("[\\s,|@\\-–—/]+");
  private static final Pattern NUMERIC = Pattern.compile("\\d{1,4}(st|nd|rd|th)?[:.]?(\\d{1,2})?(am|pm|a\\.m\\.|p\\.m\\.)?\\.?");
  private static final Pattern ZONE = Pattern.compile("[A-Z]{2,4}");
  private static final Set<String> FILLERS = Set.of("am", "pm", "a.m.", "p.m.", "a.", "m.", "p.", "at", "on",
      "updated", "published", "posted", "last", "first", "date", "time", "local");
  private static final int MAX_TOKENS = 14;

  private final TimeWords words;

  Timestamps(TimeWords words) {
    this.words = words;
  }

  boolean isTimestamp(String line) {
    String[] tokens = SPLIT.split(line.strip());
    if (tokens.length == 0 || tokens.length > MAX_TOKENS) {
      return false;
    }
    boolean calendar = false;
    boolean digits = false;
    for (String token : tokens) {
      if (token.isEmpty()) {
        continue;
      }
      String lower = token.toLowerCase(Locale.ROOT);
      String bare = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
      if (words.months().containsKey(bare) || words.weekdays().containsKey(bare)) {
        calendar = true;
      } else if (NUMERIC.matcher(lower).matches()) {
        digits = true;
      } else if (!FILLERS.contains(lower) && !ZONE.matcher(token).matches() && !token.equals(":")) {
        return false;
      }
    }
    return calendar && digits;
  }
}
