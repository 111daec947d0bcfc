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
 * the other sources state the fact; or a conflict so, for a fact that is a conflict is that and not
 * also an omission (one fact, one finding), and a conflict names the sources that leave it out too.
 */
public record PlantedOmissions(List<Result> results, double minRecall) {
  /** What crosscheck made of one case; {@code problem} is why it could not be run, else empty. */
  public record Result(OmissionCase omissionCase, boolean found, String problem) {
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
    for (Finding f : findings) {
      boolean kind = f.kind() == Kind.OMISSION || f.kind() == Kind.CONFLICT;
      if (kind && f.omittedBy().contains(c.source()) && citesOthers(f, c)) {
        return true;
      }
    }
    return false;
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
    b.append(String.format(Locale.ROOT, "planted omissions: %d, found: %d, recall %.3f (bar %.2f)%n", cases(), found(),
        recall(), minRecall));
    for (Result r : results) {
      if (!r.problem().isEmpty()) {
        b.append("  ").append(r.omissionCase().name()).append(": ").append(r.problem()).append('\n');
      }
    }
    return b.toString();
  }
}
