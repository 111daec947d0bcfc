package dev.crosscheck.align;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ContextTerm;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How rare each context word is in a story: inverse document frequency over the story's distinct
 * evidence sentences, so "Japan" in a story about Japan weighs little and "headquarters" much.
 */
public final class TermWeights {
  private final Map<String, Integer> df = new HashMap<>();
  private final int documents;

  public TermWeights(List<Claim> claims) {
    Set<String> seen = new HashSet<>();
    int docs = 0;
    for (Claim c : claims) {
      String doc = c.source() + "#" + c.sentence();
      if (!seen.add(doc)) {
        continue;
      }
      docs++;
      Set<String> terms = new HashSet<>();
      for (ContextTerm t : c.context()) {
        terms.add(t.term());
      }
      terms.forEach(t -> df.merge(t, 1, Integer::sum));
    }
    this.documents = Math.max(1, docs);
  }

  public double idf(String term) {
    int n = df.getOrDefault(term, 0);
    return Math.log(1.0 + (double) documents / (1 + n));
  }
}
