package dev.crosscheck.rules.checks;

import dev.crosscheck.align.Edits;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Place;
import dev.crosscheck.model.PlaceLevel;
import dev.crosscheck.model.ValueType;
import dev.crosscheck.rules.Param;
import dev.crosscheck.rules.Rule;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Places of one slot that exclude each other: two cities of different countries, two countries.
 * A place and one inside it agree ("Tokyo" and "Japan"), broad areas agree with anything, and a
 * place the gazetteer does not know conflicts only with a city or another unknown place, when
 * {@code unknown_places} is "conflict" and the names share no word and are not spellings of one name.
 */
public final class PlaceMismatch extends ValueConflictCheck {
  @Override
  public String name() {
    return "place-mismatch";
  }

  @Override
  public Set<ValueType> types() {
    return Set.of(ValueType.PLACE);
  }

  @Override
  public List<Param> parameters() {
    return List.of(Param.choice("unknown_places", "conflict", "ignore"));
  }

  @Override
  boolean compatible(Rule rule, Claim a, Claim b) {
    return compatible((Place) a.value(), (Place) b.value(), rule.text("unknown_places", "conflict").equals("ignore"));
  }

  public static boolean compatible(Place a, Place b, boolean ignoreUnknown) {
    if (a.key().equals(b.key()) || a.within().contains(b.key()) || b.within().contains(a.key())) {
      return true;
    }
    if (a.level() == PlaceLevel.AREA || b.level() == PlaceLevel.AREA) {
      return true;
    }
    if (a.level() == PlaceLevel.UNKNOWN || b.level() == PlaceLevel.UNKNOWN) {
      Place known = a.level() == PlaceLevel.UNKNOWN ? b : a;
      if (known.level() == PlaceLevel.COUNTRY || known.level() == PlaceLevel.REGION) {
        return true; // an unknown town may well lie in a known country or state
      }
      return ignoreUnknown || sharesWord(a.name(), b.name()) || sameSpelling(a.key(), b.key());
    }
    return false;
  }

  /** Transliteration variants ("Jabaliya", "Jabalya"): a letter or two apart. */
  private static boolean sameSpelling(String a, String b) {
    int d = Edits.distance(a, b);
    return d <= 2 && d * 4 <= Math.max(a.length(), b.length());
  }

  private static boolean sharesWord(String a, String b) {
    Set<String> words = new java.util.HashSet<>(java.util.Arrays.asList(a.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));
    for (String w : b.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() > 2 && words.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
