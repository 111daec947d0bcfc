package dev.crosscheck.align;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Quantity;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The place a distance is measured from, as named right after it: "13 miles east of Cloverdale",
 * "75 kilometers (50 miles) west of Manokwari", "two miles from The Geysers". Two distances from places
 * of other names are two facts ("13 miles east of Cloverdale", "2 miles southeast of The Geysers"),
 * however alike their sentences. The units and the words that introduce the place are data
 * ({@code distance_units}, {@code distance_references} of lexicons/units.yaml).
 */
public final class DistanceReference {
  private final Set<String> units;
  private final Pattern place;

  public DistanceReference(Set<String> units, Set<String> references) {
    this.units = Set.copyOf(units);
    String words = references.stream().sorted().map(Pattern::quote).collect(Collectors.joining("|"));
    // a bracketed conversion, up to two lower-case words of direction, the reference word, a name
    this.place = Pattern.compile("\\s*(?:\\([^()]*\\)\\s*)?(?:[\\p{Ll}-]+\\s+){0,2}(?:" + words
        + ")\\s+(?:[Tt]he\\s+)?(\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*)*)");
  }

  /** Two distances named from places whose names do not contain one another. */
  boolean apart(Claim a, Claim b) {
    String x = of(a);
    String y = of(b);
    return !x.isEmpty() && !y.isEmpty() && !x.contains(y) && !y.contains(x);
  }

  /** The lower-case name of the place the claim's distance is measured from, or "". */
  String of(Claim c) {
    if (!(c.value() instanceof Quantity q) || !units.contains(q.unit())) {
      return "";
    }
    String text = c.evidence().text();
    int from = c.valueEnd() - c.evidence().start();
    if (text.length() != c.evidence().end() - c.evidence().start() || from < 0 || from > text.length()) {
      return ""; // offsets are into the original; a sentence whose markup or spacing was cleaned is not read
    }
    Matcher m = place.matcher(text).region(from, text.length());
    return m.lookingAt() ? m.group(1).toLowerCase(Locale.ROOT) : "";
  }
}
