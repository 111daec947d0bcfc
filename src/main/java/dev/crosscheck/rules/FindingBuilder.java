package dev.crosscheck.rules;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Comparison;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds a finding from the claims behind it: values grouped as given (each with its sources),
 * evidence sentences (one per source and value, in source order), who reported and who did not,
 * and the message from the rule's template. The id is given later by the engine.
 */
public final class FindingBuilder {
  private final Rule rule;
  private final StoryClaims story;
  private final List<List<Claim>> valueClasses = new ArrayList<>();
  private final List<String[]> shownAs = new ArrayList<>();
  private final List<dev.crosscheck.align.Alignment> basis = new ArrayList<>();
  private String topic;
  private final java.util.Set<String> notYet = new TreeSet<>();
  private double salience;
  private boolean update;

  public FindingBuilder(Rule rule, StoryClaims story) {
    this.rule = rule;
    this.story = story;
  }

  /** Adds a value: claims that give it (the first one's text stands for them). */
  public FindingBuilder value(List<Claim> claims) {
    return value(claims, null, null);
  }

  /** Adds a value shown as {@code text} and {@code normalized} rather than as its claims' values. */
  public FindingBuilder value(List<Claim> claims, String text, String normalized) {
    if (!claims.isEmpty()) {
      valueClasses.add(List.copyOf(claims));
      shownAs.add(text == null ? null : new String[] {text, normalized});
    }
    return this;
  }

  /** Why some of the claims were compared as one fact; shown when both claims are among the evidence. */
  public FindingBuilder basis(List<dev.crosscheck.align.Alignment> alignments) {
    basis.addAll(alignments);
    return this;
  }

  /** Sources published before the event, which could not have reported it: not counted as omitting it. */
  public FindingBuilder notYetReported(List<String> sources) {
    notYet.addAll(sources);
    return this;
  }

  /**
   * The values, added earliest first, follow the sources' publication dates: an update of one fact
   * between reports, said so in the message and one severity below the rule's.
   */
  public FindingBuilder update() {
    this.update = true;
    return this;
  }

  public FindingBuilder topic(String value) {
    this.topic = value;
    return this;
  }

  public FindingBuilder salience(double value) {
    this.salience = Math.round(value * 1000) / 1000.0;
    return this;
  }

  public Finding build() {
    List<Claim> all = new ArrayList<>();
    valueClasses.forEach(all::addAll);
    List<Claim> cited = new ArrayList<>();
    List<FindingValue> values = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    java.util.Set<String> seenEvidence = new java.util.HashSet<>();
    for (int k = 0; k < valueClasses.size(); k++) {
      List<Claim> cls = valueClasses.get(k);
      Map<String, Claim> firstBySource = new LinkedHashMap<>();
      cls.stream().sorted(java.util.Comparator.comparing(Claim::source).thenComparing(c -> !compared(c))
              .thenComparing(Claim::valueStart))
          .forEach(c -> firstBySource.putIfAbsent(c.source(), c));
      Claim first = firstBySource.values().iterator().next();
      String[] shown = shownAs.get(k);
      values.add(new FindingValue(shown == null ? first.value().text() : shown[0],
          shown == null ? first.value().normalized() : shown[1], new ArrayList<>(firstBySource.keySet())));
      cited.addAll(firstBySource.values());
      for (Claim c : firstBySource.values()) {
        if (seenEvidence.add(c.source() + ":" + c.evidence().start() + ":" + c.evidence().end())) {
          evidence.add(c.evidence());
        }
      }
    }
    if (topic == null) {
      topic = Topics.of(cited, story.vocabulary()); // named in the words of the sentences shown
    }
    List<String> reported = new ArrayList<>(new TreeSet<>(all.stream().map(Claim::source).toList()));
    List<String> omitted = story.omitting(reported).stream().filter(s -> !notYet.contains(s)).toList();
    String message = Messages.format(rule.message(), topic, values, reported, omitted, salience);
    if (rule.kind() == dev.crosscheck.model.Kind.CONFLICT) {
      message += Messages.givesBoth(values);
    }
    if (!notYet.isEmpty()) {
      message = omitted.isEmpty() ? Messages.onlyNotYetReported(topic, reported, notYet)
          : message + Messages.notYetReported(notYet);
    }
    dev.crosscheck.model.Severity severity = rule.severity();
    if (update) {
      message = Messages.update(topic, values, story.published());
      severity = severity == dev.crosscheck.model.Severity.ERROR ? dev.crosscheck.model.Severity.WARNING
          : dev.crosscheck.model.Severity.NOTE;
    }
    return new Finding("", story.id(), rule.id(), rule.kind(), severity, topic, message, values, reported,
        omitted, evidence, salience, comparisons(evidence), List.copyOf(notYet), update);
  }

  /** Whether a claim is one of a compared pair: its sentence is then the one shown for its source. */
  private boolean compared(Claim c) {
    for (var a : basis) {
      if (a.a() == c || a.b() == c) {
        return true;
      }
    }
    return false;
  }

  /** The alignments whose two claims' sentences are both evidence, once per pair of sentences. */
  private List<Comparison> comparisons(List<Evidence> evidence) {
    List<Comparison> out = new ArrayList<>();
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (var a : basis) {
      int x = evidence.indexOf(a.a().evidence());
      int y = evidence.indexOf(a.b().evidence());
      if (x < 0 || y < 0 || x == y || !seen.add((long) Math.min(x, y) << 32 | Math.max(x, y))) {
        continue;
      }
      out.add(new Comparison(Math.min(x, y), Math.max(x, y), a.similarity(), a.anchors()));
    }
    out.sort(java.util.Comparator.comparingInt(Comparison::first).thenComparingInt(Comparison::second));
    return out;
  }
}
