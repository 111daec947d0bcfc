package dev.crosscheck.rules.checks;

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
import java.util.List;
import java.util.Set;

/**
 * The same quote with different words in two sources. Punctuation and case do not count; a shorter
 * quote that is part of the longer one (a partial quote, or one cut with an ellipsis) is not a
 * misquote. Two quotes of at least {@code min_words} words are the same when most of the shorter one's
 * words appear in order in the other ({@code min_overlap}); they differ when at most
 * {@code max_changed_words} of them do not.
 */
public final class Misquote implements Check {
  @Override
  public String name() {
    return "misquote";
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
    return List.of(Param.number("min_overlap", 0, 1), Param.number("max_changed_words", 1, 50),
        Param.number("min_words", 1, 50));
  }

  @Override
  public List<Finding> run(Rule rule, StoryClaims story) {
    double minOverlap = rule.number("min_overlap", 0.7);
    int maxChanged = (int) rule.number("max_changed_words", 4);
    int minWords = (int) rule.number("min_words", 6);
    List<Finding> out = new ArrayList<>();
    for (ClaimGroup g : story.groups(rule)) {
      List<List<Claim>> classes = new ArrayList<>();
      for (Claim c : g.claims()) {
        List<Claim> home = null;
        for (List<Claim> cls : classes) {
          if (cls.stream().allMatch(x -> sameWords(x, c))) {
            home = cls;
            break;
          }
        }
        if (home == null) {
          home = new ArrayList<>();
          classes.add(home);
        }
        home.add(c);
      }
      if (classes.size() < 2) {
        continue;
      }
      // keep only the pairs of classes that are the same quote with a few words changed
      List<List<Claim>> misquoted = new ArrayList<>();
      for (int i = 0; i < classes.size(); i++) {
        for (int j = i + 1; j < classes.size(); j++) {
          if (changed(classes.get(i).get(0), classes.get(j).get(0), minOverlap, maxChanged, minWords)
              && !sameSourcesOnly(classes.get(i), classes.get(j))
              && !otherSpeakers(classes.get(i), classes.get(j), story)) {
            if (!misquoted.contains(classes.get(i))) {
              misquoted.add(classes.get(i));
            }
            if (!misquoted.contains(classes.get(j))) {
              misquoted.add(classes.get(j));
            }
          }
        }
      }
      if (misquoted.size() >= 2) {
        FindingBuilder b = new FindingBuilder(rule, story);
        misquoted.forEach(b::value);
        out.add(b.build());
      }
    }
    return out;
  }

  /**
   * Quotes given to different named people are different quotes that share words ("... of the
   * Endangered Species Act"), not one quote told two ways: the same words given to two people are
   * the quote-speaker rule's.
   */
  private static boolean otherSpeakers(List<Claim> a, List<Claim> b, StoryClaims story) {
    Set<String> x = speakers(a, story);
    Set<String> y = speakers(b, story);
    return !x.isEmpty() && !y.isEmpty() && java.util.Collections.disjoint(x, y);
  }

  private static Set<String> speakers(List<Claim> quotes, StoryClaims story) {
    Set<String> out = new java.util.HashSet<>();
    for (Claim c : quotes) {
      String key = ((Quote) c.value()).speakerKey();
      if (!key.isEmpty()) {
        out.add(story.persons().resolve(key));
      }
    }
    return out;
  }

  private static boolean sameSourcesOnly(List<Claim> a, List<Claim> b) {
    Set<String> sa = new java.util.HashSet<>(a.stream().map(Claim::source).toList());
    Set<String> sb = new java.util.HashSet<>(b.stream().map(Claim::source).toList());
    return sa.size() == 1 && sa.equals(sb);
  }

  /** The same words, or one quote a part of the other (each of its ellipsis-cut pieces found in it). */
  public static boolean sameWords(Claim a, Claim b) {
    Quote x = (Quote) a.value();
    Quote y = (Quote) b.value();
    Quote shorter = x.words().size() <= y.words().size() ? x : y;
    Quote longer = shorter == x ? y : x;
    List<String> whole = longer.words().stream().filter(w -> !w.equals(Quote.GAP)).toList();
    List<String> piece = new ArrayList<>();
    for (String w : shorter.words()) {
      if (w.equals(Quote.GAP)) {
        if (!piece.isEmpty() && !QuoteMatcher.containedIn(piece, whole)) {
          return false;
        }
        piece = new ArrayList<>();
      } else {
        piece.add(w);
      }
    }
    return piece.isEmpty() || QuoteMatcher.containedIn(piece, whole);
  }

  /**
   * The most words of {@code shorter} found in order within one stretch of {@code longer} a few words
   * longer than it: a quote's words scattered through a long passage are not that quote.
   */
  private static int localLcs(List<String> shorter, List<String> longer, int maxChanged) {
    int window = shorter.size() + maxChanged;
    if (longer.size() <= window) {
      return QuoteMatcher.lcs(shorter, longer);
    }
    int best = 0;
    for (int start = 0; start + window <= longer.size(); start++) {
      best = Math.max(best, QuoteMatcher.lcs(shorter, longer.subList(start, start + window)));
    }
    return best;
  }

  /** The shorter quote's letters, spaces left out, found in the longer one's. */
  private static boolean spacedAlike(List<String> x, List<String> y) {
    String a = String.join("", x.stream().filter(w -> !w.equals(Quote.GAP)).toList());
    String b = String.join("", y.stream().filter(w -> !w.equals(Quote.GAP)).toList());
    return a.length() <= b.length() ? b.contains(a) : a.contains(b);
  }

  private static boolean changed(Claim a, Claim b, double minOverlap, int maxChanged, int minWords) {
    List<String> x = ((Quote) a.value()).words();
    List<String> y = ((Quote) b.value()).words();
    if (Math.min(x.size(), y.size()) < minWords) {
      return false; // short quoted phrases are often names or titles ("Do You Feel It?")
    }
    if (spacedAlike(x, y)) {
      return false; // "end game" and "endgame": the same words written apart or together
    }
    int lcs = localLcs(x.size() <= y.size() ? x : y, x.size() <= y.size() ? y : x, maxChanged);
    int shorter = Math.min(x.size(), y.size());
    int missing = shorter - lcs;
    return (double) lcs / shorter >= minOverlap && missing >= 1 && missing <= maxChanged;
  }
}
