package dev.crosscheck.rules.checks;

import dev.crosscheck.align.Edits;
import dev.crosscheck.align.ClaimGroup;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.Person;
import dev.crosscheck.model.ValueType;
import dev.crosscheck.rules.Check;
import dev.crosscheck.rules.FindingBuilder;
import dev.crosscheck.rules.Param;
import dev.crosscheck.rules.Rule;
import dev.crosscheck.rules.StoryClaims;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One person's name spelt two ways, across sources or within one: the names match word for word but
 * for one word that differs by a few letters ("Anthony" and "Antony Blinken"). Name order does not
 * count ("Kihara Minoru" and "Minoru Kihara" share a key and never reach this check).
 */
public final class NameSpelling implements Check {
  @Override
  public String name() {
    return "name-spelling";
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }

  @Override
  public Set<ValueType> types() {
    return Set.of(ValueType.PERSON);
  }

  @Override
  public List<Param> parameters() {
    return List.of(Param.number("max_edit_distance", 1, 10), Param.number("max_edit_ratio", 0, 1),
        Param.number("min_word_length", 1, 20));
  }

  @Override
  public List<Finding> run(Rule rule, StoryClaims story) {
    int maxDistance = (int) rule.number("max_edit_distance", 2);
    double maxRatio = rule.number("max_edit_ratio", 0.34);
    int minLength = (int) rule.number("min_word_length", 3);
    List<ClaimGroup> people = story.groups(rule);
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      for (int j = i + 1; j < people.size(); j++) {
        String a = ((Person) people.get(i).claims().get(0).value()).key();
        String b = ((Person) people.get(j).claims().get(0).value()).key();
        if (variants(a, b, maxDistance, maxRatio, minLength)) {
          out.add(new FindingBuilder(rule, story)
              .value(people.get(i).claims())
              .value(people.get(j).claims())
              .topic(dev.crosscheck.rules.Topics.spelling((Person) people.get(i).claims().get(0).value()))
              .build());
        }
      }
    }
    return out;
  }

  /** Same words but one, and that one a near spelling of its counterpart. */
  static boolean variants(String a, String b, int maxDistance, double maxRatio, int minLength) {
    List<String> x = new ArrayList<>(Arrays.asList(a.split(" ")));
    List<String> y = new ArrayList<>(Arrays.asList(b.split(" ")));
    if (x.size() != y.size() || x.size() < 2) {
      return false;
    }
    for (String w : new ArrayList<>(x)) {
      if (y.remove(w)) {
        x.remove(w);
      }
    }
    if (x.size() != 1 || y.size() != 1) {
      return false;
    }
    String u = x.get(0);
    String v = y.get(0);
    if (u.length() < minLength || v.length() < minLength || u.charAt(0) != v.charAt(0)) {
      return false;
    }
    if (u.equals(v + "s") || v.equals(u + "s")) {
      return false; // "MacBook Pros", "Kraft Food": a plural or a possessive cut, not a spelling
    }
    int d = Edits.withSwaps(u, v);
    return d >= 1 && d <= maxDistance && d <= maxRatio * Math.max(u.length(), v.length());
  }
}
