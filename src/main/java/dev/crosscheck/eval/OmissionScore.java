package dev.crosscheck.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.StoryReport;
import dev.crosscheck.rules.RuleFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Precision of the omissions a reader sees first: the first {@code firstN} omissions of each story that
 * has omission labels ({@code omission-labels/*.json}, labelled by the Omissions table of
 * labels/RUBRIC.md), found by story, rule, values as written and evidence sentences as conflict labels
 * are. {@code unlabelled} are those of the first {@code firstN} no one has read yet.
 */
public record OmissionScore(int stories, int firstN, int shown, Map<String, Integer> byLabel, List<Finding> unlabelled,
    double minPrecision) {
  public static final Set<String> LABELS = Set.of("true", "false-present", "false-trivial", "false-extraction");
  public static final int FIRST = 5;

  public OmissionScore {
    byLabel = java.util.Collections.unmodifiableMap(new TreeMap<>(byLabel));
    unlabelled = List.copyOf(unlabelled);
  }

  /** Labels by story, then by key: story, rule, values and evidence sentences ({@link ConflictLabels#key}). */
  public static Map<String, Map<String, String>> load(Path dir) {
    Map<String, Map<String, String>> out = new HashMap<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode labels = json.readTree(f.toFile()).path("labels");
        for (int i = 0; i < labels.size(); i++) {
          JsonNode n = labels.get(i);
          String label = n.path("label").asText();
          if (!LABELS.contains(label)) {
            throw new RuleFileException(f.toString(), 0, "label " + (i + 1) + ": '" + label + "' is not one of "
                + new java.util.TreeSet<>(LABELS));
          }
          out.computeIfAbsent(n.path("story").asText(), k -> new HashMap<>()).put(ConflictLabels.key(n), label);
        }
      }
    } catch (IOException e) {
      throw new RuleFileException(dir.toString(), 0, "cannot read omission labels: " + e.getMessage(), e);
    }
    return out;
  }

  /** The omission labels and bar of a suite: {@code omission-labels/}, {@code min_omission_precision}. */
  public static OmissionScore of(List<StoryReport> reports, EvalSuite suite) {
    return of(reports, load(suite.root().resolve("omission-labels")), suite.minOmissionPrecision());
  }

  /** The first {@value #FIRST} omissions of every story with a label, scored by the labels. */
  public static OmissionScore of(List<StoryReport> reports, Map<String, Map<String, String>> labels,
      double minPrecision) {
    Map<String, Integer> byLabel = new HashMap<>();
    int stories = 0;
    int shown = 0;
    List<Finding> unlabelled = new java.util.ArrayList<>();
    for (StoryReport r : reports) {
      Map<String, String> ofStory = labels.get(r.id());
      if (ofStory == null) {
        continue;
      }
      stories++;
      List<Finding> first = r.findings().stream().filter(f -> f.kind() == Kind.OMISSION).limit(FIRST).toList();
      for (Finding f : first) {
        shown++;
        String label = ofStory.get(ConflictLabels.key(f));
        if (label == null) {
          unlabelled.add(f);
        } else {
          byLabel.merge(label, 1, Integer::sum);
        }
      }
    }
    return new OmissionScore(stories, FIRST, shown, byLabel, unlabelled, minPrecision);
  }

  public int labelled() {
    return byLabel.values().stream().mapToInt(Integer::intValue).sum();
  }

  public double precision() {
    return labelled() == 0 ? 0 : byLabel.getOrDefault("true", 0) / (double) labelled();
  }

  public boolean passes() {
    return stories == 0 || precision() >= minPrecision;
  }

  public String render() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "omissions: the first %d of %d labelled stories: %d shown, %d labelled",
        firstN, stories, shown, labelled()));
    for (String l : List.of("true", "false-present", "false-trivial", "false-extraction")) {
      b.append(", ").append(l).append(' ').append(byLabel.getOrDefault(l, 0));
    }
    b.append(String.format(Locale.ROOT, ", unlabelled %d; precision %.3f (bar %.2f)%n", unlabelled.size(), precision(),
        minPrecision));
    return b.toString();
  }
}
