package dev.crosscheck.align;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Person;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The people a story names in full, to tie a lone surname ("Austin") in one source to the full name
 * ("Lloyd Austin") another source gives. A surname shared by two people stays unresolved.
 */
public final class PersonIndex {
  private final Map<String, String> byWord = new HashMap<>();

  public PersonIndex(List<Claim> claims) {
    for (Claim c : claims) {
      if (c.value() instanceof Person p && p.key().contains(" ")) {
        for (String w : p.key().split(" ")) {
          String prev = byWord.putIfAbsent(w, p.key());
          if (prev != null && !prev.equals(p.key())) {
            byWord.put(w, "");
          }
        }
      }
    }
  }

  /** The full-name key of {@code key} when it is a lone word of exactly one full name, else {@code key}. */
  public String resolve(String key) {
    if (key.isEmpty() || key.contains(" ")) {
      return key;
    }
    String full = byWord.get(key);
    return full == null || full.isEmpty() ? key : full;
  }
}
