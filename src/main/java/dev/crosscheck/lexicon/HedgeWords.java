package dev.crosscheck.lexicon;

import dev.crosscheck.model.Hedge;
import dev.crosscheck.rules.PhraseSet;
import dev.crosscheck.rules.YamlDocument;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hedges that bound numbers (lexicons/hedges.yaml). */
public record HedgeWords(Map<Hedge, PhraseSet> before, Map<String, Hedge> after, PhraseSet rangeStarts,
    PhraseSet rangeJoiners) {

  static HedgeWords from(YamlDocument doc) {
    doc.requireKeys("before", "after", "range_starts", "range_joiners");
    Map<Hedge, PhraseSet> before = new EnumMap<>(Hedge.class);
    var node = doc.object("/before");
    node.fieldNames().forEachRemaining(kind -> {
      Hedge hedge = parse(doc, "/before/" + kind, kind);
      before.put(hedge, new PhraseSet(doc.strings("/before/" + kind)));
    });
    Map<String, Hedge> after = new LinkedHashMap<>();
    doc.stringMap("/after").forEach((phrase, kind) -> after.put(phrase, parse(doc, "/after/" + phrase, kind)));
    return new HedgeWords(before, after, new PhraseSet(doc.strings("/range_starts")),
        new PhraseSet(doc.strings("/range_joiners")));
  }

  private static Hedge parse(YamlDocument doc, String path, String kind) {
    for (Hedge h : Hedge.values()) {
      if (h.label().equals(kind)) {
        return h;
      }
    }
    throw doc.error(path, "unknown hedge kind '" + kind + "'; expected one of about, nearly, more-than, at-least, "
        + "less-than, at-most");
  }

  /** The hedge whose phrase ends just before {@code lower[end]}, with its length; null when none. */
  public Match hedgeBefore(String[] lower, int end) {
    Match best = null;
    for (var e : before.entrySet()) {
      int n = e.getValue().matchEndingAt(lower, end);
      if (n > 0 && (best == null || n > best.length())) {
        best = new Match(e.getKey(), n);
      }
    }
    return best;
  }

  /** The hedge of a phrase starting at {@code lower[start]} after a number, or null. */
  public Match hedgeAfter(String[] lower, int start) {
    Match best = null;
    for (var e : after.entrySet()) {
      List<String> words = List.of(e.getKey().split("\\s+"));
      if (start + words.size() <= lower.length) {
        boolean ok = true;
        for (int k = 0; k < words.size(); k++) {
          ok &= words.get(k).equals(lower[start + k]);
        }
        if (ok && (best == null || words.size() > best.length())) {
          best = new Match(e.getValue(), words.size());
        }
      }
    }
    return best;
  }

  /** A hedge and the number of tokens its phrase takes. */
  public record Match(Hedge hedge, int length) {}
}
