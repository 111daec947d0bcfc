package dev.crosscheck.rules.checks;

import dev.crosscheck.align.ClaimGroup;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.Role;
import dev.crosscheck.model.ValueType;
import dev.crosscheck.rules.Check;
import dev.crosscheck.rules.FindingBuilder;
import dev.crosscheck.rules.Param;
import dev.crosscheck.rules.Rule;
import dev.crosscheck.rules.StoryClaims;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One role given to different people: the same office of the same country or body (a role that
 * only one person holds at a time, listed in {@code unique_roles}; "* minister" stands for any
 * minister with a portfolio) named with different holders by different sources. A role with a
 * portfolio but no country ("Defense Secretary") joins the one qualified form of it the story has; a
 * bare title with no country ("President") is not compared. A source that itself names two holders
 * of the role shows it is not unique here, and the role is left alone.
 */
public final class RoleHolder implements Check {
  @Override
  public String name() {
    return "role-holder";
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }

  @Override
  public Set<ValueType> types() {
    return Set.of(ValueType.ROLE);
  }

  @Override
  public List<Param> parameters() {
    return List.of(Param.list("unique_roles"));
  }

  @Override
  public List<Finding> run(Rule rule, StoryClaims story) {
    List<String> unique = rule.strings("unique_roles");
    List<Finding> out = new ArrayList<>();
    for (ClaimGroup g : story.groups(rule)) {
      String role = ((Role) g.claims().get(0).value()).role();
      if (!isUnique(role, unique)) {
        continue;
      }
      for (List<Claim> slot : byQualifier(g.claims()).values()) {
        Finding f = conflict(rule, story, slot);
        if (f != null) {
          out.add(f);
        }
      }
    }
    return out;
  }

  static boolean isUnique(String role, List<String> unique) {
    for (String u : unique) {
      if (u.startsWith("* ")) {
        String head = u.substring(2);
        if (role.endsWith(" " + head) && role.split(" ").length >= 2) {
          return true;
        }
      } else if (u.equals(role)) {
        return true;
      }
    }
    return false;
  }

  /** Claims by qualifier; unqualified ones join the single qualified slot when there is exactly one. */
  private static Map<String, List<Claim>> byQualifier(List<Claim> claims) {
    Map<String, List<Claim>> out = new TreeMap<>();
    for (Claim c : claims) {
      out.computeIfAbsent(((Role) c.value()).qualifier(), k -> new ArrayList<>()).add(c);
    }
    List<Claim> bare = out.get("");
    boolean specific = ((Role) claims.get(0).value()).role().contains(" ");
    if (bare != null && out.size() == 2 && specific) {
      out.remove("");
      out.values().iterator().next().addAll(bare);
    } else if (bare != null && !specific) {
      out.remove(""); // "President X" with no country says too little to compare
    }
    return out;
  }

  private static Finding conflict(Rule rule, StoryClaims story, List<Claim> slot) {
    Map<String, Set<String>> holdersBySource = new TreeMap<>();
    Map<String, List<Claim>> byHolder = new LinkedHashMap<>();
    for (Claim c : slot) {
      String holder = story.persons().resolve(((Role) c.value()).holderKey());
      holdersBySource.computeIfAbsent(c.source(), k -> new TreeSet<>()).add(holder);
      byHolder.computeIfAbsent(holder, k -> new ArrayList<>()).add(c);
    }
    if (byHolder.size() < 2 || holdersBySource.size() < 2) {
      return null;
    }
    for (Set<String> holders : holdersBySource.values()) {
      if (holders.size() > 1) {
        return null;
      }
    }
    List<String> keys = new ArrayList<>(byHolder.keySet());
    for (int i = 0; i < keys.size(); i++) {
      for (int j = i + 1; j < keys.size(); j++) {
        if (NameSpelling.variants(keys.get(i), keys.get(j), 2, 0.34, 3)) {
          return null; // one person spelt two ways: the spelling rule's business
        }
      }
    }
    FindingBuilder b = new FindingBuilder(rule, story).topic(dev.crosscheck.rules.Topics.role((Role) slot.get(0).value()));
    for (List<Claim> claims : byHolder.values()) {
      Role r = (Role) claims.get(0).value();
      b.value(claims, r.holder(), r.holderKey());
    }
    return b.build();
  }
}
