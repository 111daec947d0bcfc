package dev.crosscheck.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.model.Finding;
import dev.crosscheck.rules.RuleFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The labels of the conflicts reported on a suite's unedited stories, read from {@code labels/*.json}
 * (each file {@code {"about": ..., "labels": [{story, rule, label, why, values: [{text}], evidence: [{source,
 * text}]}]}}). A reported conflict finds its label by story, rule, its values as written and the set of
 * its evidence sentences.
 */
public final class ConflictLabels {
  private final Map<String, ConflictLabel> byKey = new HashMap<>();

  public ConflictLabels(List<ConflictLabel> labels) {
    for (ConflictLabel l : labels) {
      ConflictLabel before = byKey.putIfAbsent(l.key(), l);
      if (before != null && !before.label().equals(l.label())) {
        throw new IllegalArgumentException("two labels for one " + l.rule() + " conflict of " + l.story() + ": "
            + before.label() + " and " + l.label());
      }
    }
  }

  public static ConflictLabels none() {
    return new ConflictLabels(List.of());
  }

  public int size() {
    return byKey.size();
  }

  public Optional<ConflictLabel> of(Finding f) {
    return Optional.ofNullable(byKey.get(key(f)));
  }

  /** The key a reported finding is looked up by: story, rule, values as written, evidence sentences. */
  static String key(Finding f) {
    return ConflictLabel.key(f.story(), f.rule(), f.values().stream().map(v -> v.text()).toList(), sentences(f));
  }

  /** The key of a label as stored: its story, rule, {@code values[].text} and {@code evidence[]}. */
  static String key(JsonNode n) {
    return ConflictLabel.key(n.path("story").asText(), n.path("rule").asText(), values(n), evidence(n));
  }

  private static List<String> values(JsonNode n) {
    List<String> values = new ArrayList<>();
    n.path("values").forEach(v -> values.add(v.path("text").asText()));
    return values;
  }

  private static List<ConflictLabel.Sentence> evidence(JsonNode n) {
    List<ConflictLabel.Sentence> evidence = new ArrayList<>();
    n.path("evidence").forEach(e -> evidence.add(new ConflictLabel.Sentence(e.path("source").asText(),
        e.path("text").asText())));
    return evidence;
  }

  static List<ConflictLabel.Sentence> sentences(Finding f) {
    return f.evidence().stream().map(e -> new ConflictLabel.Sentence(e.source(), e.text())).toList();
  }

  /** The labels of every {@code *.json} file of {@code dir}; none when it does not exist. */
  public static ConflictLabels load(Path dir) {
    if (!Files.isDirectory(dir)) {
      return none();
    }
    List<ConflictLabel> all = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode labels = json.readTree(f.toFile()).path("labels");
        for (int i = 0; i < labels.size(); i++) {
          all.add(parse(labels.get(i), f, i));
        }
      }
    } catch (IOException e) {
      throw new RuleFileException(dir.toString(), 0, "cannot read labels: " + e.getMessage(), e);
    }
    try {
      return new ConflictLabels(all);
    } catch (IllegalArgumentException e) {
      throw new RuleFileException(dir.toString(), 0, e.getMessage());
    }
  }

  private static ConflictLabel parse(JsonNode n, Path file, int index) {
    try {
      return new ConflictLabel(n.path("story").asText(), n.path("rule").asText(), n.path("label").asText(),
          n.path("why").asText(""), values(n), evidence(n));
    } catch (IllegalArgumentException e) {
      throw new RuleFileException(file.toString(), 0, "label " + (index + 1) + ": " + e.getMessage());
    }
  }
}
