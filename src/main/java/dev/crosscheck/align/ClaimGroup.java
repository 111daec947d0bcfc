package dev.crosscheck.align;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Claims of one story, from one or more sources, that speak of the same thing (one slot). The key
 * names the slot's family ("quantity|troop"); claims are in source order.
 */
public record ClaimGroup(String key, ValueType type, List<Claim> claims) {
  public ClaimGroup {
    claims = List.copyOf(claims);
    if (claims.isEmpty()) {
      throw new IllegalArgumentException("empty claim group " + key);
    }
  }

  /** The sources in this group, sorted. */
  public List<String> sources() {
    return new ArrayList<>(new TreeSet<>(claims.stream().map(Claim::source).toList()));
  }

  /** The claims of each source, sources sorted. */
  public Map<String, List<Claim>> bySource() {
    Map<String, List<Claim>> out = new LinkedHashMap<>();
    for (String s : sources()) {
      out.put(s, new ArrayList<>());
    }
    for (Claim c : claims) {
      out.get(c.source()).add(c);
    }
    return out;
  }
}
