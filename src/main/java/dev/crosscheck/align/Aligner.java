package dev.crosscheck.align;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Person;
import dev.crosscheck.model.Polarity;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.Quote;
import dev.crosscheck.model.Rank;
import dev.crosscheck.model.Role;
import dev.crosscheck.model.Statement;
import dev.crosscheck.model.TimeKind;
import dev.crosscheck.model.TimeValue;
import dev.crosscheck.model.ValueType;
import dev.crosscheck.rules.AlignSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups the claims of a story's sources that speak of the same thing. Claims are first put in
 * blocks by slot family (value type, unit or counted noun, rank kind, predicate, modality class);
 * within a block, claims of different sources are linked when their contexts are alike enough,
 * agreeing values getting a bonus, and linked claims merge into groups, most alike first. A merge
 * never puts two incompatible values of one source in a group, and never joins incompatible values
 * of two sources unless their own contexts are alike enough: every conflict a group holds is
 * supported by the two claims directly.
 */
public final class Aligner {
  private static final int ALL_PAIRS_LIMIT = 300;

  private final AlignSettings settings;
  private final Compatibility compatibility;

  public Aligner(AlignSettings settings, Compatibility compatibility) {
    this.settings = settings;
    this.compatibility = compatibility;
  }

  public List<ClaimGroup> align(List<Claim> claims) {
    Map<String, List<Claim>> blocks = new TreeMap<>();
    for (Claim c : claims) {
      blocks.computeIfAbsent(blockKey(c), k -> new ArrayList<>()).add(c);
    }
    TermWeights idf = new TermWeights(claims);
    List<ClaimGroup> out = new ArrayList<>();
    for (var e : blocks.entrySet()) {
      List<Claim> block = e.getValue();
      ValueType type = block.get(0).type();
      if (type == ValueType.PERSON || type == ValueType.ROLE) {
        out.add(new ClaimGroup(e.getKey(), type, block));
      } else {
        for (List<Claim> cluster : cluster(block, type, idf)) {
          out.add(new ClaimGroup(e.getKey(), type, cluster));
        }
      }
    }
    out.sort(Comparator.comparing(ClaimGroup::key).thenComparing(g -> g.claims().get(0).id()));
    return out;
  }

  /** The block of a claim: claims of different blocks never align. */
  static String blockKey(Claim c) {
    String mode = modeClass(c);
    return switch (c.type()) {
      case QUANTITY -> "quantity|" + ((Quantity) c.value()).unit() + "|" + mode;
      case RANK -> "rank|" + ((Rank) c.value()).kind() + "|" + mode;
      case TIME -> "time|" + (((TimeValue) c.value()).kind() == TimeKind.DURATION ? "duration" : "point") + "|" + mode;
      case PLACE -> "place|" + mode;
      case QUOTE -> "quote";
      case STATEMENT -> "statement|" + ((Statement) c.value()).predicate();
      case PERSON -> "person|" + ((Person) c.value()).key();
      case ROLE -> "role|" + ((Role) c.value()).role();
    };
  }

  /** Claims that are denied, requested or only possible are compared only with their like. */
  private static String modeClass(Claim c) {
    String mode = switch (c.modality()) {
      case REQUESTED -> "requested";
      case HYPOTHETICAL -> "hypothetical";
      default -> "factual";
    };
    return c.polarity() == Polarity.NEGATED ? mode + "-negated" : mode;
  }

  private List<List<Claim>> cluster(List<Claim> block, ValueType type, TermWeights idf) {
    int n = block.size();
    List<ContextVector> vectors = new ArrayList<>(n);
    for (Claim c : block) {
      vectors.add(ContextVector.of(c, head(c), idf, settings.maxDistance(), settings.distanceDecay(),
          settings.headWeight()));
    }
    double threshold = type == ValueType.STATEMENT ? settings.statementMinSimilarity()
        : type == ValueType.QUOTE ? settings.quoteMinOverlap() : settings.minSimilarity();
    Similarity sim = (i, j) -> type == ValueType.QUOTE
        ? QuoteMatcher.overlap(((Quote) block.get(i).value()).words(), ((Quote) block.get(j).value()).words())
        : vectors.get(i).cosine(vectors.get(j));
    List<double[]> edges = new ArrayList<>();
    for (int[] pair : candidates(block, vectors)) {
      int i = pair[0];
      int j = pair[1];
      double s = sim.of(i, j);
      if (type != ValueType.STATEMENT && type != ValueType.QUOTE) {
        s += bonus(block.get(i), block.get(j));
      }
      if (s >= threshold && !contradictsOtherSubject(block.get(i), block.get(j))
          && supportsConflict(block.get(i), block.get(j), s, type)) {
        edges.add(new double[] {s, i, j});
      }
    }
    edges.sort((a, b) -> {
      int c = Double.compare(b[0], a[0]);
      if (c != 0) {
        return c;
      }
      c = Double.compare(a[1], b[1]);
      return c != 0 ? c : Double.compare(a[2], b[2]);
    });
    int[] parent = new int[n];
    List<List<Integer>> members = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      members.add(new ArrayList<>(List.of(i)));
    }
    for (double[] e : edges) {
      int a = find(parent, (int) e[1]);
      int b = find(parent, (int) e[2]);
      if (a == b || !mergeable(block, members.get(a), members.get(b), sim, threshold, type)) {
        continue;
      }
      parent[b] = a;
      members.get(a).addAll(members.get(b));
      members.get(b).clear();
    }
    List<List<Claim>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (parent[i] == i) {
        List<Integer> idx = new ArrayList<>(members.get(i));
        idx.sort(Integer::compare);
        List<Claim> cluster = new ArrayList<>();
        for (int k : idx) {
          cluster.add(block.get(k));
        }
        out.add(cluster);
      }
    }
    return out;
  }

  private interface Similarity {
    double of(int i, int j);
  }

  /**
   * Two groups merge when no source would hold two incompatible values, and every pair of different
   * values they would bring together is backed by two claims, one with each value, that are alike
   * enough by themselves (and not about different named subjects). Equal values may join through
   * others: they only strengthen agreement.
   */
  private boolean mergeable(List<Claim> block, List<Integer> a, List<Integer> b, Similarity sim, double threshold,
      ValueType type) {
    if (type == ValueType.STATEMENT || type == ValueType.QUOTE) {
      return true;
    }
    Map<String, Boolean> backed = new HashMap<>();
    for (int x : a) {
      for (int y : b) {
        Claim cx = block.get(x);
        Claim cy = block.get(y);
        String vx = cx.value().normalized();
        String vy = cy.value().normalized();
        if (vx.equals(vy)) {
          continue;
        }
        if (!compatibility.compatible(cx, cy) && cx.source().equals(cy.source())) {
          return false;
        }
        String pair = vx.compareTo(vy) < 0 ? vx + "\u0000" + vy : vy + "\u0000" + vx;
        double direct0 = sim.of(x, y) + bonus(cx, cy);
        boolean direct = !cx.source().equals(cy.source()) && direct0 >= threshold
            && !contradictsOtherSubject(cx, cy) && supportsConflict(cx, cy, direct0, type);
        backed.merge(pair, direct, Boolean::logicalOr);
      }
    }
    return !backed.containsValue(Boolean.FALSE);
  }

  /**
   * Values that contradict each other must also share a word right next to them ("88-72 setback",
   * "88-79 setback"), unless their whole contexts are very much alike: a sentence about a team's
   * "last 10 games" and one about a "three-game streak" speak of different things.
   */
  private boolean supportsConflict(Claim a, Claim b, double similarity, ValueType type) {
    if (type == ValueType.STATEMENT || type == ValueType.QUOTE || compatibility.compatible(a, b)
        || similarity >= settings.strongSimilarity()) {
      return true;
    }
    java.util.Set<String> near = new java.util.HashSet<>();
    for (var t : a.context()) {
      if (t.distance() <= settings.localWindow()) {
        near.add(t.term());
      }
    }
    for (var t : b.context()) {
      if (t.distance() <= settings.localWindow() && near.contains(t.term())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Incompatible values said of different named subjects ("Carter scored 14 points", "Smith scored 12
   * points") are two facts, not a contradiction.
   */
  private boolean contradictsOtherSubject(Claim a, Claim b) {
    if (compatibility.compatible(a, b)) {
      return false;
    }
    java.util.Set<String> x = properWords(a.subject());
    java.util.Set<String> y = properWords(b.subject());
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    for (String w : x) {
      if (y.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static java.util.Set<String> properWords(String subject) {
    java.util.Set<String> out = new java.util.HashSet<>();
    if (subject.isEmpty() || !Character.isUpperCase(subject.codePointAt(0))) {
      return out;
    }
    for (String w : subject.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 1) {
        out.add(w);
      }
    }
    return out;
  }

  /** Equal values are strong evidence of one slot; overlapping quantities weaker evidence. */
  private double bonus(Claim a, Claim b) {
    if (a.value().normalized().equals(b.value().normalized())) {
      return settings.equalValueBonus();
    }
    if (a.type() == ValueType.QUANTITY && compatibility.compatible(a, b)) {
      return settings.agreementBonus();
    }
    return 0;
  }

  private static String head(Claim c) {
    if (c.value() instanceof Rank r) {
      return r.noun();
    }
    return "";
  }

  /** Pairs of claims of different sources worth comparing: all pairs in small blocks, else those sharing a rare word. */
  private List<int[]> candidates(List<Claim> block, List<ContextVector> vectors) {
    int n = block.size();
    List<int[]> out = new ArrayList<>();
    if (n <= ALL_PAIRS_LIMIT || block.get(0).type() == ValueType.QUOTE) {
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (linkable(block.get(i), block.get(j))) {
            out.add(new int[] {i, j});
          }
        }
      }
      return out;
    }
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String t : vectors.get(i).topTerms(settings.candidateTerms())) {
        postings.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
      }
    }
    java.util.Set<Long> seen = new java.util.HashSet<>();
    List<String> terms = new ArrayList<>(postings.keySet());
    terms.sort(null);
    for (String t : terms) {
      List<Integer> list = postings.get(t);
      if (list.size() > settings.maxPostings()) {
        continue;
      }
      for (int x = 0; x < list.size(); x++) {
        for (int y = x + 1; y < list.size(); y++) {
          int i = list.get(x);
          int j = list.get(y);
          if (!linkable(block.get(i), block.get(j))) {
            continue;
          }
          if (seen.add((long) i * n + j)) {
            out.add(new int[] {i, j});
          }
        }
      }
    }
    out.sort((p, q) -> p[0] != q[0] ? Integer.compare(p[0], q[0]) : Integer.compare(p[1], q[1]));
    return out;
  }

  /** Claims of different sources, or a source repeating the same value (a story told twice in one article). */
  private static boolean linkable(Claim a, Claim b) {
    return !a.source().equals(b.source()) || a.type() != ValueType.STATEMENT && a.type() != ValueType.QUOTE
        && a.value().normalized().equals(b.value().normalized());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
