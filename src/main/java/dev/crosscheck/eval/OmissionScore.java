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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * are. {@code unlabelled} counts those of the first {@code firstN} no one has read yet.
 */
public record OmissionScore(int stories, int firstN, int shown, Map<String, Integer> byLabel, int unlabelled,
    double minPrecision) {
  public static final Set<String> LABELS = Set.of("true", "false-present", "false-trivial", "false-extraction");
  public static final int FIRST = 5;

  public OmissionScore {
    byLabel = java.util.Collections.unmodifiableMap(new TreeMap<>(byLabel));
  }

  /** Labels by key: story, rule, values and evidence sentences, as {@link ConflictLabel#key()} makes it. */
  public static Map<String, String> load(Path dir) {
    Map<String, String> out = new HashMap<>();
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
          List<String> values = new ArrayList<>();
          n.path("values").forEach(v -> values.add(v.path("text").asText()));
          List<ConflictLabel.Sentence> evidence = new ArrayList<>();
          n.path("evidence").forEach(e -> evidence.add(new ConflictLabel.Sentence(e.path("source").asText(),
              e.path("text").asText())));
          out.put(ConflictLabel.key(n.path("story").asText(), n.path("rule").asText(), values, evidence), label);
        }
      }
    } catch (IOException e) {
      throw new RuleFileException(dir.toString(), 0, "cannot read omission labels: " + e.getMessage(), e);
    }
    return out;
  }

  /** The omission labels and bar of a suite: {@code omission-labels/}, {@code min_omission_precision}. */
  public static OmissionScore of(List<StoryReport> reports, EvalSuite suite) {
    return of(reports, load(suite.root().resolve("omission-labels")), suite.bar("min_omission_precision"));
  }

  /** The first {@value #FIRST} omissions of every story with a label, scored by the labels. */
  public static OmissionScore of(List<StoryReport> reports, Map<String, String> labels, double minPrecision) {
    Set<String> labelledStories = new HashSet<>();
    for (String key : labels.keySet()) {
      labelledStories.add(key.substring(0, key.indexOf('\u0001')));
    }
    Map<String, Integer> byLabel = new HashMap<>();
    int stories = 0;
    int shown = 0;
    int unlabelled = 0;
    for (StoryReport r : reports) {
      if (!labelledStories.contains(r.id())) {
        continue;
      }
      stories++;
      List<Finding> first = r.findings().stream().filter(f -> f.kind() == Kind.OMISSION).limit(FIRST).toList();
      for (Finding f : first) {
        shown++;
        String label = labels.get(ConflictLabel.key(f.story(), f.rule(), f.values().stream().map(v -> v.text())
            .toList(), ConflictLabels.sentences(f)));
        if (label == null) {
          unlabelled++;
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
    b.append(String.format(Locale.ROOT, ", unlabelled %d; precision %.3f (bar %.2f)%n", unlabelled, precision(),
        minPrecision));
    return b.toString();
  }
}
