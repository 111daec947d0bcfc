package dev.crosscheck.group;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names the stories found: the id is made of the group's most salient words (the terms with the
 * largest summed TF-IDF weight over its members, a two-word name counting as two words), joined by
 * hyphens, in ASCII lower case: {@code tara-reid-rehab}. A name already taken gets "-2", "-3"...
 * in the order of the groups' first members.
 */
final class Names {
  static final int TERMS = 5;

  private Names() {}

  static List<Cluster> name(List<int[]> groups, StoryClusterer.Vectors vectors, List<StoryClusterer.Edge> edges,
      int idWords) {
    int n = vectors.termIds.length;
    int[] groupOf = new int[n];
    for (int g = 0; g < groups.size(); g++) {
      for (int m : groups.get(g)) {
        groupOf[m] = g;
      }
    }
    double[] within = new double[groups.size()];
    for (StoryClusterer.Edge e : edges) {
      if (groupOf[e.a()] == groupOf[e.b()]) {
        within[groupOf[e.a()]] += e.similarity();
      }
    }
    Set<String> used = new HashSet<>();
    List<Cluster> out = new ArrayList<>(groups.size());
    for (int g = 0; g < groups.size(); g++) {
      int[] members = groups.get(g);
      List<String> terms = salient(members, vectors);
      String base = id(terms, idWords);
      String id = base;
      for (int k = 2; !used.add(id); k++) {
        id = base + "-" + k;
      }
      int size = members.length;
      double cohesion = size < 2 ? 1.0 : within[g] / (size * (size - 1) / 2.0);
      List<Integer> list = new ArrayList<>(size);
      for (int m : members) {
        list.add(m);
      }
      out.add(new Cluster(id, list, terms, Math.round(cohesion * 1000) / 1000.0));
    }
    return out;
  }

  /**
   * The group's best terms, best first (ties in lexical order), as readable words: content words
   * and two-word names; years and the capitalised copies of words left out.
   */
  static List<String> salient(int[] members, StoryClusterer.Vectors vectors) {
    Map<Integer, Double> score = new HashMap<>();
    for (int m : members) {
      int[] ids = vectors.termIds[m];
      float[] w = vectors.weights[m];
      for (int k = 0; k < ids.length; k++) {
        String t = vectors.terms[ids[k]];
        if (!t.startsWith(TermExtractor.YEAR) && !t.startsWith(TermExtractor.PROPER)) {
          score.merge(ids[k], (double) w[k], Double::sum);
        }
      }
    }
    List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(score.entrySet());
    ranked.sort((x, y) -> {
      int c = Double.compare(y.getValue(), x.getValue());
      return c != 0 ? c : vectors.terms[x.getKey()].compareTo(vectors.terms[y.getKey()]);
    });
    List<String> out = new ArrayList<>();
    for (int k = 0; k < ranked.size() && out.size() < TERMS; k++) {
      String t = vectors.terms[ranked.get(k).getKey()];
      out.add(t.startsWith(TermExtractor.NAME) ? t.substring(TermExtractor.NAME.length()) : t);
    }
    return out;
  }

  static String id(List<String> terms, int idWords) {
    Set<String> words = new LinkedHashSet<>();
    for (String t : terms) {
      for (String w : t.split(" ")) {
        String slug = slug(w);
        if (!slug.isEmpty() && words.size() < idWords) {
          words.add(slug);
        }
      }
      if (words.size() >= idWords) {
        break;
      }
    }
    return words.isEmpty() ? "story" : String.join("-", words);
  }

  static String slug(String word) {
    String ascii = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
  }
}
