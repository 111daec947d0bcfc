package dev.crosscheck.align;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The people a story names in full, to tie a lone surname ("Austin") in one source to the full name
 * ("Lloyd Austin") another source gives. Full names whose words match, or are near spellings of each
 * other, ("Bettie Page", "Betty Mae Page") are one person, known by the first of them in alphabetical
 * order. A surname shared by two people stays unresolved.
 */
public final class PersonIndex {
  /** Given names at least this long may differ by a near spelling and still name one person. */
  private static final int MIN_VARIANT_LENGTH = 4;

  private final Map<String, String> canonical = new HashMap<>();
  private final Map<String, String> byWord = new HashMap<>();

  public PersonIndex(List<Claim> claims) {
    TreeSet<String> names = new TreeSet<>();
    for (Claim c : claims) {
      if (c.value() instanceof Person p && p.key().contains(" ")) {
        names.add(p.key());
      }
    }
    List<String> firsts = new ArrayList<>();
    for (String name : names) {
      String person = firsts.stream().filter(f -> samePerson(f, name)).findFirst().orElse(name);
      if (person.equals(name)) {
        firsts.add(name);
      }
      canonical.put(name, person);
      for (String w : name.split(" ")) {
        String prev = byWord.putIfAbsent(w, person);
        if (prev != null && !prev.equals(person)) {
          byWord.put(w, "");
        }
      }
    }
  }

  /**
   * The person {@code key} names: a full name's first spelling, a lone word's full name when the
   * word belongs to exactly one person, else {@code key} itself.
   */
  public String resolve(String key) {
    if (key.isEmpty()) {
      return key;
    }
    if (key.contains(" ")) {
      return canonical.getOrDefault(key, key);
    }
    String full = byWord.get(key);
    return full == null || full.isEmpty() ? key : full;
  }

  /**
   * Each word of the shorter name key found in the longer one, exactly or as a near spelling, one of
   * them exactly. (Keys hold a name's words in alphabetical order, so the surname has no fixed place.)
   */
  static boolean samePerson(String a, String b) {
    List<String> x = List.of(a.split(" "));
    List<String> y = List.of(b.split(" "));
    List<String> shorter = x.size() <= y.size() ? x : y;
    List<String> longer = new ArrayList<>(shorter == x ? y : x);
    boolean exact = false;
    for (String w : shorter) {
      if (longer.remove(w)) {
        exact = true;
        continue;
      }
      String near = longer.stream().filter(v -> nearSpelling(w, v)).findFirst().orElse(null);
      if (near == null) {
        return false;
      }
      longer.remove(near);
    }
    return exact;
  }

  private static boolean nearSpelling(String u, String v) {
    return u.length() >= MIN_VARIANT_LENGTH && v.length() >= MIN_VARIANT_LENGTH
        && u.regionMatches(0, v, 0, 2) && Edits.distance(u, v) <= 2;
  }
}
