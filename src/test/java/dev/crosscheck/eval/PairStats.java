package dev.crosscheck.eval;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.align.Aligner;
import dev.crosscheck.align.WordSenses;
import dev.crosscheck.lexicon.WordNet;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ExtractedStory;
import dev.crosscheck.rules.RuleEngine;
import dev.crosscheck.rules.RulesSource;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A developer's tool, run by hand (not a test): writes what the aligner knows of candidate pairs, as
 * tab-separated lines, to choose alignment rules by the numbers. "pos" lines pair the claim a planted
 * case edits (before the edit) with the claims of the others' sentences that state the same fact;
 * "neg" lines are pairs of claims of different sources of the unedited stories whose values cannot
 * both hold (most of them different facts), a quarter of them, or with {@code --candidates} all those that
 * are each other's best counterparts and not two facts. Usage:
 * {@code java dev.crosscheck.eval.PairStats SUITE OUT [--candidates]}
 */
public final class PairStats {
  private PairStats() {}

  public static void main(String[] args) throws Exception {
    Crosscheck cc = Crosscheck.load(RulesSource.bundled());
    RuleEngine engine = new RuleEngine(cc.catalog());
    Aligner aligner = new Aligner(cc.settings().align(), engine.compatibility(),
        new WordSenses(cc.lexicons().senses(), cc.settings().align().wordNet() ? WordNet.shared() : null),
        new dev.crosscheck.align.DistanceReference(cc.lexicons().units().distanceUnits(),
            cc.lexicons().units().distanceReferences()));
    EvalSuite suite = EvalSuite.load(Path.of(args[0]));
    boolean all4 = args.length > 2 && args[2].equals("--candidates");
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
      out.println("kind\tcase\tstory\ttype\tcompatible\tsimilarity\tstrength\tmutual\tanchors\tvalueA\tvalueB"
          + "\tpredA\tpredB\tpeopleA\tpeopleB\tsentenceA\tsentenceB\tevents\tsourceA\tsourceB");
      for (String story : suite.stories()) {
        ExtractedStory s = cc.extract(cc.scan(suite.root().resolve("stories").resolve(story)).stories().get(0));
        List<Claim> all = new ArrayList<>();
        s.articles().forEach(a -> all.addAll(a.claims()));
        List<EvalCase> cases = suite.cases().stream().filter(c -> c.story().equals(story) && c.planted()
            && c.wording() == EvalCase.Wording.PARAPHRASED).toList();
        aligner.pairs(all, (a, b, sim, strength, anchors, mutual, events) -> {
          boolean compatible = engine.compatibility().compatible(a, b);
          for (EvalCase c : cases) {
            if (edited(c, a, suite) && counterpart(c, b) || edited(c, b, suite) && counterpart(c, a)) {
              line(out, "pos", c.name(), story, a, b, compatible, sim, strength, mutual, anchors, events);
            }
          }
          boolean candidate = mutual && strength >= 0;
          if (!compatible && (all4 ? candidate : Math.floorMod((a.id() + b.id()).hashCode(), 4) == 0)) {
            line(out, "neg", "", story, a, b, compatible, sim, strength, mutual, anchors, events);
          }
        });
      }
    }
  }

  private static void line(PrintWriter out, String kind, String name, String story, Claim a, Claim b,
      boolean compatible, double sim, double strength, boolean mutual, List<String> anchors, String events) {
    out.println(String.join("\t", kind, name, story, a.type().name(), Boolean.toString(compatible),
        String.format(java.util.Locale.ROOT, "%.3f", sim), String.format(java.util.Locale.ROOT, "%.3f", strength),
        Boolean.toString(mutual), String.join(" ", anchors), a.value().normalized(), b.value().normalized(),
        a.predicate(), b.predicate(), String.join(";", a.people()), String.join(";", b.people()),
        a.evidence().text().replace('\t', ' '), b.evidence().text().replace('\t', ' '), events, a.source(),
        b.source()));
  }

  private static final java.util.Map<String, int[]> SPANS = new java.util.concurrent.ConcurrentHashMap<>();

  /** The claim of the case's source whose value overlaps the words the case changes (before the edit). */
  private static boolean edited(EvalCase c, Claim x, EvalSuite suite) {
    if (!x.source().equals(c.source())) {
      return false;
    }
    int[] span = SPANS.computeIfAbsent(c.name(), k -> span(c, suite));
    return span != null && x.valueStart() < span[1] && x.valueEnd() > span[0];
  }

  private static int[] span(EvalCase c, EvalSuite suite) {
    try {
      Path file = EvalSuite.sourceFile(suite.root().resolve("stories").resolve(c.story()), c.source());
      String text = Files.readString(file, StandardCharsets.UTF_8);
      int at = text.indexOf(c.find());
      // the changed stretch: common prefix and suffix of find and replace stripped
      int p = 0;
      while (p < Math.min(c.find().length(), c.replace().length()) && c.find().charAt(p) == c.replace().charAt(p)) {
        p++;
      }
      int q = 0;
      while (q < Math.min(c.find().length(), c.replace().length()) - p
          && c.find().charAt(c.find().length() - 1 - q) == c.replace().charAt(c.replace().length() - 1 - q)) {
        q++;
      }
      return new int[] {at + p, Math.max(at + p + 1, at + c.find().length() - q)};
    } catch (Exception e) {
      return null;
    }
  }

  /** A claim of one of the others in a sentence of others_say. */
  private static boolean counterpart(EvalCase c, Claim x) {
    if (!c.others().contains(x.source())) {
      return false;
    }
    Set<String> say = new HashSet<>(c.othersSay());
    return say.stream().anyMatch(s -> x.evidence().text().contains(s) || s.contains(x.evidence().text()));
  }
}
