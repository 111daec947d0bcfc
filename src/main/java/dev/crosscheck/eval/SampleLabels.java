package dev.crosscheck.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.model.Finding;
import dev.crosscheck.rules.RuleFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Labels of a sample of findings ({@code omission-labels/}, {@code agreement-labels/}): JSON files of
 * {@code labels}, each found by story, rule, values as written and evidence sentences as conflict
 * labels are ({@link ConflictLabels#key}).
 */
final class SampleLabels {
  private SampleLabels() {}

  /** Labels by story, then by key; a label outside {@code allowed} stops the suite. */
  static Map<String, Map<String, String>> load(Path dir, Set<String> allowed, String what) {
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
          if (!allowed.contains(label)) {
            throw new RuleFileException(f.toString(), 0, "label " + (i + 1) + ": '" + label + "' is not one of "
                + new TreeSet<>(allowed));
          }
          out.computeIfAbsent(n.path("story").asText(), k -> new HashMap<>()).put(ConflictLabels.key(n), label);
        }
      }
    } catch (IOException e) {
      throw new RuleFileException(dir.toString(), 0, "cannot read " + what + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** Whether {@code labels} hold a label for the finding (by its story and key). */
  static boolean has(Map<String, Map<String, String>> labels, Finding f) {
    return labels.getOrDefault(f.story(), Map.of()).containsKey(ConflictLabels.key(f));
  }
}
