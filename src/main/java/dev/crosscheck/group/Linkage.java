package dev.crosscheck.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Average-linkage agglomerative clustering over a sparse similarity graph: pairs without an edge
 * count as similarity 0. The two groups with the highest mean similarity over all their pairs of
 * members are merged, again and again, while that mean reaches the threshold and, when both groups
 * have at least {@code relativeMinSize} members, {@code relative} times the mean of their
 * cohesions (the mean similarity of the pairs inside each). Ties go to the pair with the smaller
 * indexes, so the result is deterministic.
 */
final class Linkage {
  private Linkage() {}

  /** The groups, each a sorted array of item indexes, ordered by their first member. */
  static List<int[]> average(int n, List<StoryClusterer.Edge> edges, double threshold, double relative,
      int relativeMinSize) {
    int[] size = new int[n];
    int[] version = new int[n];
    int[] parent = new int[n];
    double[] within = new double[n];
    List<Map<Integer, Double>> sums = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      size[i] = 1;
      parent[i] = i;
      sums.add(new HashMap<>());
    }
    PriorityQueue<Candidate> queue = new PriorityQueue<>();
    for (StoryClusterer.Edge e : edges) {
      sums.get(e.a()).merge(e.b(), e.similarity(), Double::sum);
      sums.get(e.b()).merge(e.a(), e.similarity(), Double::sum);
    }
    for (int a = 0; a < n; a++) {
      for (var x : sums.get(a).entrySet()) {
        int b = x.getKey();
        if (a < b && x.getValue() >= threshold) {
          queue.add(new Candidate(x.getValue(), a, b, 0, 0));
        }
      }
    }
    while (!queue.isEmpty()) {
      Candidate c = queue.poll();
      if (parent[c.a] != c.a || parent[c.b] != c.b || version[c.a] != c.versionA || version[c.b] != c.versionB) {
        continue;
      }
      // merge b into a (a < b)
      int a = c.a;
      int b = c.b;
      if (size[a] >= relativeMinSize && size[b] >= relativeMinSize
          && c.mean < relative * (cohesion(within[a], size[a]) + cohesion(within[b], size[b])) / 2) {
        continue;
      }
      within[a] += within[b] + sums.get(a).getOrDefault(b, 0.0);
      parent[b] = a;
      size[a] += size[b];
      version[a]++;
      Map<Integer, Double> sa = sums.get(a);
      Map<Integer, Double> sb = sums.get(b);
      sa.remove(b);
      sb.remove(a);
      for (var x : sb.entrySet()) {
        sa.merge(x.getKey(), x.getValue(), Double::sum);
      }
      sb.clear();
      List<Integer> neighbours = new ArrayList<>(sa.keySet());
      neighbours.sort(null);
      for (int x : neighbours) {
        Map<Integer, Double> sx = sums.get(x);
        sx.remove(b);
        double s = sa.get(x);
        sx.put(a, s);
        double mean = s / ((double) size[a] * size[x]);
        if (mean >= threshold) {
          int lo = Math.min(a, x);
          int hi = Math.max(a, x);
          queue.add(new Candidate(mean, lo, hi, version[lo], version[hi]));
        }
      }
    }
    Map<Integer, List<Integer>> groups = new java.util.TreeMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
    }
    List<int[]> out = new ArrayList<>();
    for (List<Integer> g : groups.values()) {
      out.add(g.stream().mapToInt(Integer::intValue).toArray());
    }
    out.sort((x, y) -> Integer.compare(x[0], y[0]));
    return out;
  }

  private static double cohesion(double within, int size) {
    return within / (size * (size - 1) / 2.0);
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }

  private record Candidate(double mean, int a, int b, int versionA, int versionB) implements Comparable<Candidate> {
    @Override
    public int compareTo(Candidate o) {
      int c = Double.compare(o.mean, mean);
      if (c != 0) {
        return c;
      }
      c = Integer.compare(a, o.a);
      return c != 0 ? c : Integer.compare(b, o.b);
    }
  }
}
