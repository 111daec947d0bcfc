package dev.crosscheck.rules;

import dev.crosscheck.align.ClaimGroup;
import dev.crosscheck.align.Compatibility;
import dev.crosscheck.align.PersonIndex;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ValueType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the checks read of one story: its sources, claims, aligned groups and people, the sources'
 * publication dates where known, and what is known of words ({@link Vocabulary}).
 */
public record StoryClaims(String id, List<String> sources, List<Claim> claims, List<ClaimGroup> groups,
    PersonIndex persons, Compatibility compatibility, Map<String, LocalDate> published, Vocabulary vocabulary) {

  public StoryClaims {
    sources = List.copyOf(sources);
    claims = List.copyOf(claims);
    groups = List.copyOf(groups);
    published = Map.copyOf(published);
    java.util.Objects.requireNonNull(vocabulary, "vocabulary");
  }

  public StoryClaims(String id, List<String> sources, List<Claim> claims, List<ClaimGroup> groups,
      PersonIndex persons, Compatibility compatibility, Map<String, LocalDate> published) {
    this(id, sources, claims, groups, persons, compatibility, published, Vocabulary.plain());
  }

  public StoryClaims(String id, List<String> sources, List<Claim> claims, List<ClaimGroup> groups,
      PersonIndex persons, Compatibility compatibility) {
    this(id, sources, claims, groups, persons, compatibility, Map.of());
  }

  /** The groups of the types a rule applies to. */
  public List<ClaimGroup> groups(Rule rule) {
    return groups.stream().filter(g -> rule.appliesTo(g.type())).toList();
  }

  public List<ClaimGroup> groups(ValueType type) {
    return groups.stream().filter(g -> g.type() == type).toList();
  }

  /** The story's sources not in {@code reporting}, sorted. */
  public List<String> omitting(List<String> reporting) {
    return sources.stream().filter(s -> !reporting.contains(s)).toList();
  }
}
