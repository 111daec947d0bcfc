package dev.crosscheck.rules.checks;

import dev.crosscheck.align.Edits;
import dev.crosscheck.align.ClaimGroup;
import dev.crosscheck.align.QuoteMatcher;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.Quote;
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

/**
 * The same quote given to different people by different sources. Only named speakers count (a
 * name or a title standing for one); "officials" or an unattributed quote are not compared. A lone
 * surname is tied to the story's full name.
 */
public final class QuoteSpeaker implements Check {
  @Override
  public String name() {
    return "quote-speaker";
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }

  @Override
  public Set<ValueType> types() {
    return Set.of(ValueType.QUOTE);
  }

  @Override
  public List<Param> parameters() {
    return List.of(Param.number("min_overlap", 0, 1), Param.number("min_words", 1, 50));
  }

  @Override
  public List<Finding> run(Rule rule, StoryClaims story) {
    double minOverlap = rule.number("min_overlap", 0.8);
    int minWords = (int) rule.number("min_words", 6);
    List<Finding> out = new ArrayList<>();
    for (ClaimGroup g : story.groups(rule)) {
      Map<String, List<Claim>> bySpeaker = new LinkedHashMap<>();
      Quote anchor = null;
      for (Claim c : g.claims()) {
        Quote q = (Quote) c.value();
        if (!isNamed(q) || q.words().size() < minWords) {
          continue;
        }
        if (anchor == null) {
          anchor = q;
        } else if (QuoteMatcher.overlap(anchor.words(), q.words()) < minOverlap) {
          continue; // a looser match than the speaker rule trusts
        }
        if (namedInOther(c, g.claims())) {
          continue; // the other speaker is named in this quote's own sentence: a misread attribution
        }
        String key = story.persons().resolve(q.speakerKey());
        for (String known : bySpeaker.keySet()) {
          if (sameSpeaker(known, key)) {
            key = known; // one person, perhaps spelt two ways: the name-spelling rule reports that
            break;
          }
        }
        bySpeaker.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
      }
      if (bySpeaker.size() < 2) {
        continue;
      }
      Set<String> sources = new java.util.HashSet<>();
      bySpeaker.values().forEach(l -> l.forEach(c -> sources.add(c.source())));
      if (sources.size() < 2) {
        continue;
      }
      FindingBuilder b = new FindingBuilder(rule, story);
      for (var e : bySpeaker.entrySet()) {
        Quote first = (Quote) e.getValue().get(0).value();
        b.value(e.getValue(), first.speaker(), e.getKey());
      }
      out.add(b.build());
    }
    return out;
  }

  /**
   * Perhaps the same person: the same key, keys sharing a name word ("Meron", "Neil Meron"; a speaker
   * pair and one of them), or a near spelling. Only speakers with nothing in common are said to differ.
   */
  static boolean sameSpeaker(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    java.util.Set<String> x = new java.util.HashSet<>(java.util.Arrays.asList(a.split(" ")));
    java.util.Set<String> y = new java.util.HashSet<>(java.util.Arrays.asList(b.split(" ")));
    if (x.containsAll(y) || y.containsAll(x)) {
      return true;
    }
    for (String w : x) {
      if (w.length() >= 4 && y.contains(w)) {
        return true; // "Zadan and Meron" and "Neil Meron" share a speaker
      }
    }
    for (String u : x) {
      for (String v : y) {
        if (u.length() >= 4 && v.length() >= 4 && Edits.distance(u, v) <= 1) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Another speaker of the same words is named in this claim's sentence ("... said Microsoft's head
   * Christopher Budd" read as said by Microsoft): the sentence names both, so it does not tell two.
   */
  private static boolean namedInOther(Claim c, List<Claim> all) {
    String sentence = c.evidence().text();
    String own = ((Quote) c.value()).speaker();
    for (Claim o : all) {
      String other = ((Quote) o.value()).speaker();
      if (o != c && !other.isEmpty() && !other.equals(own) && sentence.contains(other)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNamed(Quote q) {
    return !q.speakerKey().isEmpty() && !q.speaker().isEmpty() && Character.isUpperCase(q.speaker().codePointAt(0))
        && !q.speaker().equals(q.speaker().toUpperCase(java.util.Locale.ROOT));
  }
}
