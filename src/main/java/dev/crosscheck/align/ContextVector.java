package dev.crosscheck.align;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ContextTerm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A claim's context as a unit-length sparse vector: each nearby content word weighted by its rarity
 * in the story and its closeness to the value, plus the value's head (counted noun, rank noun).
 */
public final class ContextVector {
  private final Map<String, Double> weights;

  private ContextVector(Map<String, Double> weights) {
    this.weights = weights;
  }

  public static ContextVector of(Claim claim, String head, TermWeights idf, int maxDistance, double decay,
      double headWeight) {
    Map<String, Double> w = new HashMap<>();
    for (ContextTerm t : claim.context()) {
      if (t.distance() > maxDistance) {
        continue;
      }
      double weight = idf.idf(t.term()) / (1.0 + t.distance() / decay);
      w.merge(t.term(), weight, Math::max);
    }
    if (head != null && !head.isEmpty()) {
      w.merge("\u0000head:" + head, headWeight, Math::max);
    }
    double norm = 0;
    for (double v : w.values()) {
      norm += v * v;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) {
      for (var e : w.entrySet()) {
        e.setValue(e.getValue() / norm);
      }
    }
    return new ContextVector(w);
  }

  public double cosine(ContextVector other) {
    Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
    Map<String, Double> large = small == weights ? other.weights : weights;
    double sum = 0;
    for (var e : small.entrySet()) {
      Double v = large.get(e.getKey());
      if (v != null) {
        sum += e.getValue() * v;
      }
    }
    return sum;
  }

  /** The {@code k} heaviest terms, heaviest first (ties by term), for candidate indexing. */
  public List<String> topTerms(int k) {
    List<Map.Entry<String, Double>> entries = new ArrayList<>(weights.entrySet());
    entries.sort((a, b) -> {
      int c = Double.compare(b.getValue(), a.getValue());
      return c != 0 ? c : a.getKey().compareTo(b.getKey());
    });
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(k, entries.size()); i++) {
      out.add(entries.get(i).getKey());
    }
    return out;
  }
}
