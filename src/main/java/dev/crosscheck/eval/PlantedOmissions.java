package dev.crosscheck.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.rules.RuleFileException;
import dev.crosscheck.rules.YamlDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Recall on planted omissions ({@link OmissionCase}): a case is found when the edited story has an
 * omission that the edited source leaves out and whose evidence holds one of the sentences in which
 * the other sources state the fact; or a conflict or an agreement so: one fact is one finding, so a
 * fact that is a conflict is not also an omission, nor is a detail that a few sources agree on and
 * most leave out, and both name the sources that leave the fact out (the report's matrix marks them).
 */
public record PlantedOmissions(List<Result> results, double minRecall) {
  /**
   * What crosscheck made of one case; {@code problem} is why it could not be run, else empty;
   * {@code foundAs} the kind of finding that shows the fact left out, null when none does.
   */
  public record Result(OmissionCase omissionCase, boolean found, String problem, Kind foundAs) {
    public Result(OmissionCase omissionCase, boolean found, String problem) {
      this(omissionCase, found, problem, null);
    }

    /** The result of a report's findings on a case that ran. */
    static Result of(OmissionCase c, List<Finding> findings) {
      Kind kind = PlantedOmissions.foundAs(findings, c);
      return new Result(c, kind != null, "", kind);
    }
  }

  public PlantedOmissions {
    results = List.copyOf(results);
  }

  /** The cases of {@code omission-cases/*.yaml} under the suite's root; none when the folder is missing. */
  public static List<OmissionCase> load(Path root) {
    Path dir = root.resolve("omission-cases");
    List<OmissionCase> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        YamlDocument doc = YamlDocument.parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
        JsonNode n = doc.root();
        for (String field : List.of("name", "story", "type", "source", "delete", "value")) {
          if (!n.path(field).isValueNode() || n.path(field).asText().isEmpty()) {
            throw doc.error("/" + field, "omission case is missing '" + field + "'");
          }
        }
        if (n.path("others_say").size() == 0) {
          throw doc.error("/others_say", "omission case lists no sentence of the other sources");
        }
        out.add(new OmissionCase(n.path("name").asText(), n.path("story").asText(), n.path("type").asText(),
            n.path("source").asText(), n.path("delete").asText(), n.path("value").asText(), texts(n.path("others")),
            texts(n.path("others_say"))));
      }
    } catch (IOException e) {
      throw new RuleFileException(dir.toString(), 0, "cannot read omission cases: " + e.getMessage(), e);
    }
    return out;
  }

  private static List<String> texts(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(x -> out.add(x.asText()));
    return out;
  }

  /** Whether the report of the edited story shows the case's fact as left out by its source. */
  static boolean found(List<Finding> findings, OmissionCase c) {
    return foundAs(findings, c) != null;
  }

  /** The kind of finding that shows the case's fact left out by its source (an omission first), or null. */
  static Kind foundAs(List<Finding> findings, OmissionCase c) {
    for (Kind kind : List.of(Kind.OMISSION, Kind.CONFLICT, Kind.AGREEMENT)) {
      for (Finding f : findings) {
        if (f.kind() == kind && f.omittedBy().contains(c.source()) && citesOthers(f, c)) {
          return kind;
        }
      }
    }
    return null;
  }

  private static boolean citesOthers(Finding f, OmissionCase c) {
    for (Evidence e : f.evidence()) {
      if (!c.others().contains(e.source())) {
        continue;
      }
      for (String say : c.othersSay()) {
        if (e.text().contains(say) || say.contains(e.text())) {
          return true;
        }
      }
    }
    return false;
  }

  public int cases() {
    return results.size();
  }

  public int found() {
    return (int) results.stream().filter(Result::found).count();
  }

  public double recall() {
    return results.isEmpty() ? 1 : (double) found() / results.size();
  }

  public boolean passes() {
    return recall() >= minRecall && results.stream().allMatch(r -> r.problem().isEmpty());
  }

  public String render() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "planted omissions (a source's sentence stating a fact the others state, "
        + "deleted):%n%-17s %6s %6s %7s%n", "type", "cases", "found", "recall"));
    Map<String, int[]> rows = new TreeMap<>();
    for (Result r : results) {
      int[] row = rows.computeIfAbsent(r.omissionCase().type(), k -> new int[2]);
      row[0]++;
      row[1] += r.found() ? 1 : 0;
    }
    rows.forEach((type, row) -> b.append(String.format(Locale.ROOT, "%-17s %6d %6d %7.2f%n", type, row[0], row[1],
        (double) row[1] / row[0])));
    Map<Kind, Integer> as = new TreeMap<>();
    results.stream().filter(Result::found).forEach(r -> as.merge(r.foundAs() == null ? Kind.OMISSION : r.foundAs(), 1,
        Integer::sum));
    b.append(String.format(Locale.ROOT, "planted omissions: %d, found: %d, recall %.3f (bar %.2f)%n", cases(), found(),
        recall(), minRecall));
    b.append(String.format(Locale.ROOT, "found as: %d omissions, %d conflicts, %d agreements (a detail a few sources "
        + "agree on and most leave out)%n", as.getOrDefault(Kind.OMISSION, 0), as.getOrDefault(Kind.CONFLICT, 0),
        as.getOrDefault(Kind.AGREEMENT, 0)));
    for (Result r : results) {
      if (!r.problem().isEmpty()) {
        b.append("  ").append(r.omissionCase().name()).append(": ").append(r.problem()).append('\n');
      }
    }
    results.stream().filter(r -> !r.found() && r.problem().isEmpty())
        .forEach(r -> b.append("  missed: ").append(r.omissionCase().name()).append('\n'));
    return b.toString();
  }
}
