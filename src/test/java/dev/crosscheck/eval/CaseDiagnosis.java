package dev.crosscheck.eval;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.align.Aligner;
import dev.crosscheck.align.WordSenses;
import dev.crosscheck.lexicon.WordNet;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ExtractedArticle;
import dev.crosscheck.model.ExtractedStory;
import dev.crosscheck.rules.RuleEngine;
import dev.crosscheck.rules.RulesSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A developer's tool, run by hand (not a test): for the named cases of the evaluation suite, applies
 * the edit and shows how the aligner sees the edited claim against the claims of the others' sentences
 * that state the original fact. Usage (classpath of the test scope):
 * {@code java dev.crosscheck.eval.CaseDiagnosis src/test/resources/eval NAME...}
 */
public final class CaseDiagnosis {
  private CaseDiagnosis() {}

  public static void main(String[] args) throws Exception {
    Crosscheck cc = Crosscheck.load(RulesSource.bundled());
    Aligner aligner = new Aligner(cc.settings().align(), new RuleEngine(cc.catalog()).compatibility(),
        new WordSenses(cc.lexicons().senses(), cc.settings().align().wordNet() ? WordNet.shared() : null),
        new dev.crosscheck.align.DistanceReference(cc.lexicons().units().distanceUnits(),
            cc.lexicons().units().distanceReferences()));
    EvalSuite suite = EvalSuite.load(Path.of(args[0]));
    for (int k = 1; k < args.length; k++) {
      String name = args[k];
      for (EvalCase c : suite.cases()) {
        if (c.name().equals(name)) {
          diagnose(cc, aligner, suite, c);
        }
      }
    }
  }

  private static void diagnose(Crosscheck cc, Aligner aligner, EvalSuite suite, EvalCase c) throws Exception {
    Path tmp = Files.createTempDirectory("diag").resolve(c.story());
    Files.createDirectories(tmp);
    Path from = suite.root().resolve("stories").resolve(c.story());
    int markAt = -1;
    for (Path p : Files.list(from).sorted().toList()) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      String n = p.getFileName().toString();
      if (n.substring(0, n.lastIndexOf('.') < 0 ? n.length() : n.lastIndexOf('.')).equals(c.source())) {
        int at = text.indexOf(c.find());
        markAt = at + c.replace().indexOf(c.mark());
        text = text.substring(0, at) + c.replace() + text.substring(at + c.find().length());
      }
      Files.writeString(tmp.resolve(n), text, StandardCharsets.UTF_8);
    }
    ExtractedStory story = cc.extract(cc.scan(tmp).stories().get(0));
    List<Claim> all = new ArrayList<>();
    story.articles().forEach(a -> all.addAll(a.claims()));
    System.out.println("=== " + c.name() + " (" + c.type() + "): " + c.find() + " -> " + c.replace());
    final int at = markAt;
    final int end = markAt + c.mark().length();
    List<Claim> edited = new ArrayList<>();
    for (Claim x : all) {
      if (x.source().equals(c.source()) && x.valueStart() < end && x.valueEnd() > markAt) {
        edited.add(x);
      } else if (x.source().equals(c.source()) && x.evidence().start() <= markAt && x.evidence().end() >= end
          && x.type() == dev.crosscheck.model.ValueType.QUOTE) {
        edited.add(x);
      }
    }
    if (edited.isEmpty()) {
      System.out.println("  no claim at the edit; claims of its sentence:");
      all.stream().filter(x -> x.source().equals(c.source()) && x.evidence().start() <= at
          && x.evidence().end() >= end).forEach(x -> System.out.println("    " + x.type() + " " + x.value().normalized()
          + " [" + x.predicate() + "]"));
    }
    for (Claim e : edited) {
      System.out.println("  edited: " + e.type() + " '" + e.value().text() + "' = " + e.value().normalized()
          + " [pred " + e.predicate() + ", subj " + e.subject() + ", people " + e.people() + "] in: "
          + e.evidence().text());
      for (ExtractedArticle a : story.articles()) {
        if (!c.others().contains(a.article().source())) {
          continue;
        }
        boolean any = false;
        for (Claim o : a.claims()) {
          boolean inSay = c.othersSay().stream().anyMatch(s -> o.evidence().text().contains(s)
              || s.contains(o.evidence().text()));
          if (o.type() == e.type() && (inSay || c.othersSay().isEmpty())) {
            any = true;
            System.out.println("    vs " + o.source() + " '" + o.value().text() + "' = " + o.value().normalized()
                + " [pred " + o.predicate() + ", people " + o.people() + "]: " + aligner.explain(all, e, o));
          }
        }
        if (!any) {
          System.out.println("    " + a.article().source() + ": no " + e.type() + " claim in its others_say sentence");
        }
      }
    }
  }
}
