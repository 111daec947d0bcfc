package dev.crosscheck.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What the rules found about one slot of a story: its stable id, the rule, kind and severity, a
 * readable topic and message, the values with their sources, who reported and who left it out, the
 * evidence sentences with offsets, for omissions a salience score (0 to 1; also for an agreement that
 * stands for a detail most sources leave out, see {@code OneFindingPerFact}), and for conflicts the
 * comparisons that show why their sentences were taken for one fact, and for omissions the sources
 * published before the event, which could not have reported it yet (not in {@code omittedBy}). A conflict
 * that is an {@code update} has two values that follow the sources' publication dates: the earlier
 * reports give the first, the later ones the second (a toll of 49, then 50). Serializable, with its
 * values, evidence and comparisons, so that the Spark job's executors can send findings to its driver.
 */
public record Finding(
    String id,
    String story,
    String rule,
    Kind kind,
    Severity severity,
    String topic,
    String message,
    List<FindingValue> values,
    List<String> reportedBy,
    List<String> omittedBy,
    List<Evidence> evidence,
    double salience,
    List<Comparison> comparisons,
    List<String> notYetReportedBy,
    boolean update) implements Serializable {

  public Finding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(message, "message");
    values = List.copyOf(values);
    reportedBy = List.copyOf(reportedBy);
    omittedBy = List.copyOf(omittedBy);
    evidence = List.copyOf(evidence);
    comparisons = List.copyOf(comparisons);
    notYetReportedBy = List.copyOf(notYetReportedBy);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("finding " + id + " (" + rule + ") has no evidence");
    }
    for (Comparison c : comparisons) {
      if (c.first() >= evidence.size() || c.second() >= evidence.size()) {
        throw new IllegalArgumentException("finding " + id + " (" + rule + ") compares evidence " + c.first() + " and "
            + c.second() + " of " + evidence.size());
      }
    }
  }

  /** A finding that is no update. */
  public Finding(String id, String story, String rule, Kind kind, Severity severity, String topic, String message,
      List<FindingValue> values, List<String> reportedBy, List<String> omittedBy, List<Evidence> evidence,
      double salience, List<Comparison> comparisons, List<String> notYetReportedBy) {
    this(id, story, rule, kind, severity, topic, message, values, reportedBy, omittedBy, evidence, salience,
        comparisons, notYetReportedBy, false);
  }

  /** A finding whose every omitting source could have reported it. */
  public Finding(String id, String story, String rule, Kind kind, Severity severity, String topic, String message,
      List<FindingValue> values, List<String> reportedBy, List<String> omittedBy, List<Evidence> evidence,
      double salience, List<Comparison> comparisons) {
    this(id, story, rule, kind, severity, topic, message, values, reportedBy, omittedBy, evidence, salience,
        comparisons, List.of());
  }

  /** A finding that compares nothing (an omission, an agreement). */
  public Finding(String id, String story, String rule, Kind kind, Severity severity, String topic, String message,
      List<FindingValue> values, List<String> reportedBy, List<String> omittedBy, List<Evidence> evidence,
      double salience) {
    this(id, story, rule, kind, severity, topic, message, values, reportedBy, omittedBy, evidence, salience, List.of());
  }

  /** This finding with its first evidence sentence only (see {@link StoryReport#summarized()}). */
  public Finding summarized() {
    return evidence.size() == 1 ? this : new Finding(id, story, rule, kind, severity, topic, message, values,
        reportedBy, omittedBy, evidence.subList(0, 1), salience, List.of(), notYetReportedBy, update);
  }

  /** This finding with another salience. */
  public Finding withSalience(double newSalience) {
    return new Finding(id, story, rule, kind, severity, topic, message, values, reportedBy, omittedBy, evidence,
        newSalience, comparisons, notYetReportedBy, update);
  }

  public Finding withId(String newId) {
    return new Finding(newId, story, rule, kind, severity, topic, message, values, reportedBy, omittedBy, evidence,
        salience, comparisons, notYetReportedBy, update);
  }
}
