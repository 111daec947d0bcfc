package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.TestCorpus;
import dev.crosscheck.ci.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir
  Path tmp;

  @Test
  void seedsPassAtErrorLevelAndFailOnConflicts() {
    Path json = tmp.resolve("seeds.json");
    Run ok = Run.of("check", "seeds", "--json", json.toString());
    assertThat(ok.code()).as(ok.err()).isEqualTo(ExitCode.OK);
    assertThat(ok.out()).contains("1 story, 5 sources").contains("wrote " + json);
    assertThat(json).exists();
    Run strict = Run.of("check", "seeds", "--json", json.toString(), "--fail-on", "conflict");
    assertThat(strict.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(strict.out()).contains("FAILED (--fail-on conflict)");
    assertThat(Run.of("check", "seeds", "--json", json.toString(), "--fail-on", "never").code())
        .isEqualTo(ExitCode.OK);
  }

  @Test
  void theSummaryAndTheLastLineGiveTheReportsCounts() throws IOException {
    Path json = tmp.resolve("seeds.json");
    Run r = Run.of("check", "seeds", "--json", json.toString());
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    String findings = String.format("%s, %s, %d agreements", bySeverity(report, "conflict"),
        bySeverity(report, "omission"), report.at("/summary/byKind/agreement").asInt());
    assertThat(r.out()).contains("\nfindings: " + findings + "\n");
    String last = r.out().strip().substring(r.out().strip().lastIndexOf('\n') + 1);
    assertThat(last).isEqualTo("crosscheck passed: 1 story, 5 sources, " + findings + ", 0 input errors");
  }

  /** "3 conflicts (1 warning, 2 notes)": the findings of a kind in the JSON report, by severity (those found). */
  private static String bySeverity(JsonNode report, String kind) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    List.of("error", "warning", "note").forEach(severity -> counts.put(severity, 0));
    for (JsonNode story : report.get("stories")) {
      for (JsonNode f : story.get("findings")) {
        if (f.get("kind").asText().equals(kind)) {
          counts.merge(f.get("severity").asText(), 1, Integer::sum);
        }
      }
    }
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(total).isEqualTo(report.at("/summary/byKind/" + kind).asInt());
    List<String> parts = counts.entrySet().stream().filter(e -> e.getValue() > 0)
        .map(e -> e.getValue() + " " + e.getKey() + (e.getValue() == 1 ? "" : "s")).toList();
    return total + " " + kind + (total == 1 ? "" : "s") + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
  }

  @Test
  void usageErrorsExitWith2AndOneLine() throws IOException {
    Run missing = Run.of("check", tmp.resolve("nope").toString(), "--json", tmp.resolve("x.json").toString());
    assertThat(missing.code()).isEqualTo(ExitCode.USAGE);
    assertThat(missing.err()).startsWith("crosscheck: no such corpus").doesNotContain("Exception");
    Run option = Run.of("check", "seeds", "--bogus");
    assertThat(option.code()).isEqualTo(ExitCode.USAGE);
    assertThat(option.err()).contains("Unknown option: '--bogus'");
    Run level = Run.of("check", "seeds", "--fail-on", "sometimes");
    assertThat(level.code()).isEqualTo(ExitCode.USAGE);
    assertThat(level.err()).contains("unknown --fail-on level 'sometimes'");
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Run none = Run.of("check", empty.toString(), "--json", tmp.resolve("y.json").toString());
    assertThat(none.code()).isEqualTo(ExitCode.USAGE);
    assertThat(none.err()).contains("no articles in");
  }

  @Test
  void badRuleFileStopsBeforeAnyWork() throws IOException {
    Path rules = tmp.resolve("rules");
    copyTree(Path.of("rules"), rules);
    Files.writeString(rules.resolve("catalog.yaml"), Files.readString(rules.resolve("catalog.yaml"))
        .replaceFirst("check: rank-mismatch", "check: rank-mismatched"));
    Path json = tmp.resolve("r.json");
    Run bad = Run.of("check", "seeds", "--rules", rules.toString(), "--json", json.toString());
    assertThat(bad.code()).isEqualTo(ExitCode.USAGE);
    assertThat(bad.err()).containsPattern("catalog\\.yaml:\\d+: unknown rule type").doesNotContain("\tat ");
    assertThat(json).doesNotExist();
  }

  @Test
  void unwritableOutputIsAUsageError() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("out.json"));
    Run r = Run.of("check", "seeds", "--json", dir.toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("cannot write").contains("is a directory");
  }

  @Test
  void htmlAloneWritesOnlyTheHtmlReport() throws IOException {
    Path html = tmp.resolve("seeds.html");
    Run r = Run.of("check", "seeds", "--html", html.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("wrote " + html).doesNotContain(".json");
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<h1>seeds</h1>");
    assertThat(tmp.resolve("seeds.json")).doesNotExist();
  }

  @Test
  void withNeitherJsonNorHtmlBothReportsGoToReports() throws IOException {
    String name = "cc-default-" + ProcessHandle.current().pid();
    Path corpus = TestCorpus.story(name, TestCorpus.sources("Officials said 40 people were hurt on Monday.",
        "Officials said 45 people were hurt on Monday."));
    Path json = Path.of("reports", name + ".json");
    Path html = Path.of("reports", name + ".html");
    try {
      Run r = Run.of("check", corpus.toString(), "--fail-on", "never");
      assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
      assertThat(r.out()).contains("wrote " + json).contains("wrote " + html);
      assertThat(Files.readString(json)).contains("\"corpus\" : \"" + name + "\"");
      assertThat(Files.readString(html)).contains("<h1>" + name + "</h1>");
    } finally {
      Files.deleteIfExists(json);
      Files.deleteIfExists(html);
    }
  }

  @Test
  void bothOutputsAreCheckedBeforeAnyWork() throws IOException {
    Path json = tmp.resolve("r.json");
    Path dir = Files.createDirectories(tmp.resolve("out.html"));
    Run r = Run.of("check", "seeds", "--json", json.toString(), "--html", dir.toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("cannot write").contains("is a directory");
    assertThat(json).doesNotExist();
    Run same = Run.of("check", "seeds", "--json", json.toString(), "--html", json.toString());
    assertThat(same.code()).isEqualTo(ExitCode.USAGE);
    assertThat(same.err()).contains("--json and --html name the same file");
  }

  @Test
  void rulesCommandListsTheCatalog() {
    Run r = Run.of("rules");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("CC101").contains("number-mismatch").contains("CC401");
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (var paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
