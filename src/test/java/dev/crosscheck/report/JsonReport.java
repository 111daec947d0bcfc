package dev.crosscheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Test helper: a JSON report (docs/JSON.md) read back, to give the HTML tests their expected
 * values from the data rather than from the page under test.
 */
record JsonReport(JsonNode root) {

  static JsonReport read(Path json) {
    try {
      return new JsonReport(new ObjectMapper().readTree(json.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonNode summary() {
    return root.get("summary");
  }

  /** The ids of every story's sources, in report order, each once. */
  Set<String> sourceIds() {
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode story : root.path("stories")) {
      for (JsonNode source : story.path("sources")) {
        out.add(source.path("id").asText());
      }
    }
    return out;
  }

  /** Every finding of every story. */
  List<JsonNode> findings() {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode story : root.path("stories")) {
      story.path("findings").forEach(out::add);
    }
    return out;
  }

  /** The ids of the findings that match. */
  Set<String> findingIds(Predicate<JsonNode> filter) {
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode f : findings()) {
      if (filter.test(f)) {
        out.add(f.path("id").asText());
      }
    }
    return out;
  }

  /** The texts of an array of strings ({@code reportedBy}, {@code omittedBy}). */
  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
