package dev.crosscheck.group;

import dev.crosscheck.rules.GroupSettings;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups articles into stories by content. Each article becomes a TF-IDF vector over its terms
 * ({@link TermExtractor}); two articles are as similar as the cosine of their vectors over the
 * terms found in at most {@code max_document_share} of the corpus (at least {@code min_postings_cap}
 * articles), halved by {@code date_penalty} when both have publication dates more than
 * {@code date_window_days} apart. Only pairs that share such a term are ever compared (an inverted
 * index over the rare terms), so the work grows with the number of related pairs, not with the
 * square of the corpus. Stories are then built by average-linkage agglomerative clustering: the
 * two groups whose pairs are most similar on average are merged while that average reaches
 * {@code min_similarity}.
 *
 * <p>The result depends only on the set of items, not on their order: items are taken in key
 * order, terms in lexical order, and every tie is broken by the smaller key.
 */
public final class StoryClusterer {
  private final TermExtractor extractor;
  private final GroupSettings settings;

  public StoryClusterer(Set<String> stopwords, GroupSettings settings) {
    this.extractor = new TermExtractor(stopwords, settings.leadWords(), settings.leadWeight());
    this.settings = settings;
  }

  /** The stories of {@code items}, ordered by their first member's key; ids are unique. */
  public List<Cluster> cluster(List<GroupItem> items) {
    int n = items.size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(i -> items.get(i).key()));
    for (int i = 1; i < n; i++) {
      if (items.get(order[i]).key().equals(items.get(order[i - 1]).key())) {
        throw new IllegalArgumentException("two articles with the key " + items.get(order[i]).key());
      }
    }
    List<GroupItem> sorted = new ArrayList<>(n);
    for (Integer i : order) {
      sorted.add(items.get(i));
    }
    Vectors vectors = Vectors.build(sorted, extractor, settings);
    List<Edge> edges = vectors.edges(sorted, settings);
    // copies of one article (wire stories, reposts) count once: they would weigh their words and
    // make tight little groups that keep the rest of their story away
    int[] copyOf = copies(n, edges, vectors, settings.duplicateSimilarity());
    List<Integer> originals = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (copyOf[i] == i) {
        originals.add(i);
      }
    }
    List<GroupItem> distinct = sorted;
    if (originals.size() < n) {
      distinct = new ArrayList<>(originals.size());
      for (int i : originals) {
        distinct.add(sorted.get(i));
      }
      vectors = Vectors.build(distinct, extractor, settings);
      edges = vectors.edges(distinct, settings);
    }
    List<int[]> groups = Linkage.average(distinct.size(), edges, settings.minSimilarity(),
        settings.relativeSimilarity(), settings.relativeMinSize());
    List<Cluster> named = Names.name(groups, vectors, edges, settings.idWords());
    // each original brings its copies back, in key order
    Map<Integer, List<Integer>> copies = new HashMap<>();
    for (int i = 0; i < n; i++) {
      copies.computeIfAbsent(copyOf[i], k -> new ArrayList<>()).add(i);
    }
    List<Cluster> mapped = new ArrayList<>(named.size());
    for (Cluster c : named) {
      List<Integer> sortedMembers = new ArrayList<>();
      for (int m : c.members()) {
        sortedMembers.addAll(copies.get(originals.get(m)));
      }
      sortedMembers.sort(null);
      List<Integer> members = new ArrayList<>(sortedMembers.size());
      for (int m : sortedMembers) {
        members.add(order[m]);
      }
      mapped.add(new Cluster(c.id(), members, c.terms(), c.cohesion()));
    }
    return mapped;
  }

  /** For each article, the first (in key order) of the articles it is a copy of, through pairs at least this similar. */
  static int[] copies(int n, List<Edge> edges, Vectors vectors, double threshold) {
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (Edge e : edges) {
      // the similarity over rare terms is at most the full cosine: only then is the full one worth computing
      if (e.similarity() >= threshold * COPY_PREFILTER && vectors.cosine(e.a(), e.b()) >= threshold) {
        int a = find(parent, e.a());
        int b = find(parent, e.b());
        if (a != b) {
          parent[Math.max(a, b)] = Math.min(a, b);
        }
      }
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = find(parent, i);
    }
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Share of duplicate_similarity the similarity over rare terms must reach for a pair to be checked as copies. */
  private static final double COPY_PREFILTER = 0.25;

  /** A pair of articles (indexes in key order, {@code a < b}) and their similarity. */
  record Edge(int a, int b, double similarity) {}

  /** TF-IDF vectors of the articles, as sorted term ids and weights, with the corpus statistics. */
  static final class Vectors {
    final String[] terms;
    final int[] documentFrequency;
    final int[][] termIds;
    final int[][] counts;
    final float[][] weights;
    final int indexCap;

    private Vectors(String[] terms, int[] df, int[][] termIds, int[][] counts, float[][] weights, int indexCap) {
      this.terms = terms;
      this.documentFrequency = df;
      this.termIds = termIds;
      this.counts = counts;
      this.weights = weights;
      this.indexCap = indexCap;
    }

    static Vectors build(List<GroupItem> items, TermExtractor extractor, GroupSettings settings) {
      int n = items.size();
      // terms of each article on all cores; the list keeps the articles' order
      List<Map<String, Integer>> counts = items.parallelStream().map(extractor::terms).toList();
      TreeMap<String, Integer> df = new TreeMap<>();
      for (Map<String, Integer> c : counts) {
        for (String t : c.keySet()) {
          df.merge(t, 1, Integer::sum);
        }
      }
      // term ids in lexical order, for terms in at least two articles
      Map<String, Integer> ids = new HashMap<>();
      List<String> names = new ArrayList<>();
      List<Integer> dfs = new ArrayList<>();
      for (var e : df.entrySet()) {
        if (e.getValue() >= 2) {
          ids.put(e.getKey(), names.size());
          names.add(e.getKey());
          dfs.add(e.getValue());
        }
      }
      int[] dfArray = dfs.stream().mapToInt(Integer::intValue).toArray();
      int[][] termIds = new int[n][];
      int[][] tf = new int[n][];
      float[][] weights = new float[n][];
      for (int d = 0; d < n; d++) {
        List<int[]> present = new ArrayList<>();
        for (var e : counts.get(d).entrySet()) {
          Integer id = ids.get(e.getKey());
          if (id != null) {
            present.add(new int[] {id, e.getValue()});
          }
        }
        present.sort(Comparator.comparingInt(p -> p[0]));
        int[] tids = new int[present.size()];
        int[] tcount = new int[present.size()];
        float[] w = new float[present.size()];
        double norm = 0;
        for (int k = 0; k < tids.length; k++) {
          int[] p = present.get(k);
          tids[k] = p[0];
          tcount[k] = p[1];
          double weight = (1 + Math.log(p[1])) * Math.log((double) n / dfArray[p[0]]) * boost(names.get(p[0]), settings);
          w[k] = (float) weight;
          norm += weight * weight;
        }
        if (norm > 0) {
          float inv = (float) (1 / Math.sqrt(norm));
          for (int k = 0; k < w.length; k++) {
            w[k] *= inv;
          }
        }
        termIds[d] = tids;
        tf[d] = tcount;
        weights[d] = w;
      }
      int cap = Math.max(settings.minPostingsCap(), (int) Math.floor(settings.maxDocumentShare() * n));
      return new Vectors(names.toArray(String[]::new), dfArray, termIds, tf, weights, cap);
    }

    static double boost(String term, GroupSettings settings) {
      return term.startsWith(TermExtractor.YEAR) ? settings.yearWeight() : 1;
    }

    /** The cosine of two articles' vectors over all their terms. */
    double cosine(int a, int b) {
      int[] ta = termIds[a];
      int[] tb = termIds[b];
      double dot = 0;
      int i = 0;
      int j = 0;
      while (i < ta.length && j < tb.length) {
        if (ta[i] == tb[j]) {
          dot += (double) weights[a][i] * weights[b][j];
          i++;
          j++;
        } else if (ta[i] < tb[j]) {
          i++;
        } else {
          j++;
        }
      }
      return dot;
    }

    /** Pairs of articles sharing a term of at most {@code indexCap} articles, with a similarity of at least min_edge. */
    List<Edge> edges(List<GroupItem> items, GroupSettings settings) {
      int n = termIds.length;
      int[] postingSize = new int[terms.length];
      for (int[] doc : termIds) {
        for (int t : doc) {
          postingSize[t]++;
        }
      }
      int[][] postingDocs = new int[terms.length][];
      float[][] postingWeights = new float[terms.length][];
      for (int t = 0; t < terms.length; t++) {
        if (postingSize[t] <= indexCap) {
          postingDocs[t] = new int[postingSize[t]];
          postingWeights[t] = new float[postingSize[t]];
        }
      }
      int[] fill = new int[terms.length];
      for (int d = 0; d < n; d++) {
        for (int k = 0; k < termIds[d].length; k++) {
          int t = termIds[d][k];
          if (postingDocs[t] != null) {
            postingDocs[t][fill[t]] = d;
            postingWeights[t][fill[t]] = weights[d][k];
            fill[t]++;
          }
        }
      }
      List<Edge> edges = new ArrayList<>();
      double[] acc = new double[n];
      int[] seen = new int[n];
      int[] touched = new int[n];
      for (int d = 0; d < n; d++) {
        int count = 0;
        for (int k = 0; k < termIds[d].length; k++) {
          int t = termIds[d][k];
          int[] docs = postingDocs[t];
          if (docs == null) {
            continue;
          }
          float w = weights[d][k];
          float[] ws = postingWeights[t];
          // postings are in document order: only later documents
          int from = Arrays.binarySearch(docs, d) + 1;
          for (int p = from; p < docs.length; p++) {
            int e = docs[p];
            if (seen[e] != d + 1) {
              seen[e] = d + 1;
              touched[count++] = e;
            }
            acc[e] += w * ws[p];
          }
        }
        Arrays.sort(touched, 0, count);
        for (int k = 0; k < count; k++) {
          int e = touched[k];
          double s = acc[e];
          acc[e] = 0;
          var da = items.get(d).published();
          var db = items.get(e).published();
          if (da != null && db != null && Math.abs(ChronoUnit.DAYS.between(da, db)) > settings.dateWindowDays()) {
            s *= settings.datePenalty();
          }
          if (s >= settings.minEdge()) {
            edges.add(new Edge(d, e, s));
          }
        }
      }
      return edges;
    }
  }
}
