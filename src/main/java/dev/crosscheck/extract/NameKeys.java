package dev.crosscheck.extract;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Comparison keys of names: accents and punctuation removed, lower case, tokens sorted, so that
 * "Kihara Minoru" and "Minoru Kihara" share a key and "Shin Won-sik" and "Shin Wonsik" do not need
 * to. Spelling variants ("Anthony" and "Antony") keep different keys. Initials are left out of a
 * key that keeps two words without them, as sources write a middle initial or not: "Joseph R. Biden"
 * and "Joseph Biden", "W. Mark Felt" and "Mark Felt" share a key; "J.J. Redick" keeps its initials.
 */
public final class NameKeys {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private NameKeys() {}

  /** The name's words, lower case, without accents or punctuation, in written order. */
  public static String[] words(String name) {
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    plain = plain.replace("'", "").replace("\u2019", "");
    String spaced = NOT_LETTERS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    return spaced.isEmpty() ? new String[0] : spaced.split(" ");
  }

  public static String key(String name) {
    String[] words = words(name);
    Arrays.sort(words);
    int full = 0;
    for (String w : words) {
      if (w.length() > 1) {
        full++;
      }
    }
    if (full >= 2 && full < words.length) {
      words = Arrays.stream(words).filter(w -> w.length() > 1).toArray(String[]::new);
    }
    return String.join(" ", words);
  }
}
