package dev.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.crosscheck.TestCorpus;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.StoryReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The catalog itself: ids unique, required fields present, and every rule with at least one case
 * where it must fire and one where it must not (src/test/resources/rulecases/ID.yaml).
 */
class RuleCatalogTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final RuleCatalog CATALOG = RuleCatalog.load(RulesSource.bundled());

  @Test
  void idsAndNamesAreUniqueAndFieldsPresent() {
    Set<String> ids = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (Rule r : CATALOG.rules()) {
      assertThat(ids.add(r.id())).as("duplicate id " + r.id()).isTrue();
      assertThat(names.add(r.name())).as("duplicate name " + r.name()).isTrue();
      assertThat(r.message()).isNotBlank();
      assertThat(r.description()).isNotBlank();
      assertThat(r.example()).isNotBlank();
      assertThat(r.appliesTo()).isNotEmpty();
    }
  }

  @Test
  void everyRuleHasAPositiveAndANegativeCase() throws IOException {
    for (Rule r : CATALOG.rules()) {
      List<Case> cases = cases(r.id());
      assertThat(cases).as(r.id() + " cases").anyMatch(c -> c.fires()).anyMatch(c -> !c.fires());
    }
  }

  @TestFactory
  Stream<DynamicTest> ruleCases() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Rule r : CATALOG.rules()) {
      for (Case c : cases(r.id())) {
        tests.add(DynamicTest.dynamicTest(r.id() + " " + c.name(), () -> {
          StoryReport report = TestCorpus.check(c.sources());
          List<Finding> fired = report.findings().stream().filter(f -> f.rule().equals(r.id())).toList();
          if (c.fires()) {
            assertThat(fired).as(c.name() + ": expected a " + r.id() + " finding among " + report.findings())
                .isNotEmpty();
            assertThat(fired).allMatch(f -> !f.evidence().isEmpty());
          } else {
            assertThat(fired).as(c.name() + ": expected no " + r.id() + " finding").isEmpty();
          }
        }));
      }
    }
    return tests.stream();
  }

  @Test
  void badCatalogsNameFileAndLine() {
    assertThatThrownBy(() -> parse("version: 1\nrules:\n  - id: CC101\n    name: x\n"))
        .isInstanceOf(RuleFileException.class).hasMessageContaining("test.yaml:3").hasMessageContaining("missing");
    String rule = "  - id: CC101\n    name: %s\n    kind: conflict\n    severity: error\n    check: %s\n"
        + "    applies_to: [quantity]\n    message: m\n    description: d\n    example: e\n";
    assertThatThrownBy(() -> parse("version: 1\nrules:\n" + rule.formatted("a", "quantity-mismatch")
        + rule.formatted("b", "quantity-mismatch")))
        .isInstanceOf(RuleFileException.class).hasMessageContaining("duplicate rule id CC101");
    assertThatThrownBy(() -> parse("version: 1\nrules:\n" + rule.formatted("a", "no-such-check")))
        .isInstanceOf(RuleFileException.class).hasMessageContaining("unknown rule type");
    assertThatThrownBy(() -> parse("version: 1\nrules: [\n"))
        .isInstanceOf(RuleFileException.class).hasMessageContaining("YAML syntax error");
  }

  private static RuleCatalog parse(String yaml) {
    return RuleCatalog.parse(YamlDocument.parse("test.yaml", yaml));
  }

  record Case(String name, boolean fires, Map<String, String> sources) {}

  private static List<Case> cases(String id) throws IOException {
    try (InputStream in = RuleCatalogTest.class.getResourceAsStream("/rulecases/" + id + ".yaml")) {
      if (in == null) {
        return List.of();
      }
      JsonNode root = YAML.readTree(in);
      List<Case> out = new ArrayList<>();
      for (JsonNode c : root.path("cases")) {
        Map<String, String> sources = new LinkedHashMap<>();
        c.path("sources").fields().forEachRemaining(e -> sources.put(e.getKey(), e.getValue().asText()));
        out.add(new Case(c.path("name").asText(), c.path("expect").asText().equals("finding"), sources));
      }
      return out;
    }
  }
}
