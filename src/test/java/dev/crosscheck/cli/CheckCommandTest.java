package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
