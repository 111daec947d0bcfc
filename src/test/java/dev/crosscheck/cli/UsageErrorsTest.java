package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.crosscheck.ci.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad usage or configuration stops the run before any work: exit 2, one line on stderr naming the
 * file and line when there is one, no stack trace, no report written.
 */
class UsageErrorsTest {
  @TempDir
  Path tmp;

  private Path json() {
    return tmp.resolve("out.json");
  }

  /** Runs {@code args} and checks the usage-error contract; returns the one line printed. */
  private String refused(String... args) {
    Run r = Run.of(args);
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err().lines()).as(r.err()).hasSize(1);
    assertThat(r.err()).startsWith("crosscheck: ").doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(r.out()).isEmpty();
    assertThat(json()).doesNotExist();
    return r.err().strip();
  }

  private Path rulesWith(String file, UnaryOperator<String> edit) throws IOException {
    Path rules = tmp.resolve("rules");
    CheckCommandTest.copyTree(Path.of("rules"), rules);
    Path f = rules.resolve(file);
    Files.writeString(f, edit.apply(Files.readString(f)));
    return rules;
  }

  @Test
  void missingCorpus() {
    assertThat(refused("check", tmp.resolve("nope").toString(), "--json", json().toString()))
        .isEqualTo("crosscheck: no such corpus: " + tmp.resolve("nope"));
  }

  @Test
  void directoryWithNoArticles() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("empty"));
    Files.writeString(dir.resolve("README.md"), "Not an article.");
    Files.writeString(dir.resolve("photo.jpg"), "x");
    assertThat(refused("check", dir.toString(), "--json", json().toString())).contains("no articles in " + dir);
  }

  @Test
  void aFeedWithNoReadableArticleNamesTheFirstProblem() throws IOException {
    Path feed = Files.writeString(tmp.resolve("feed.jsonl"), "[]\n{broken\n");
    assertThat(refused("check", feed.toString(), "--json", json().toString()))
        .startsWith("crosscheck: no articles in " + feed + ": feed.jsonl:1: not a JSON object but an array")
        .endsWith("(and 1 more problems)");
  }

  @Test
  void unknownOptionAndCommand() {
    assertThat(refused("check", "seeds", "--bogus", "--json", json().toString()))
        .isEqualTo("crosscheck: Unknown option: '--bogus' (try 'crosscheck check --help')");
    assertThat(refused("chekc", "seeds")).isEqualTo("crosscheck: unknown command 'chekc'; did you mean 'check'? "
        + "(try 'crosscheck --help')");
    assertThat(refused()).isEqualTo("crosscheck: missing command: check, extract, rules, eval or help "
        + "(try 'crosscheck --help')");
    assertThat(refused("check", "seeds", "--threads", "0", "--json", json().toString())).contains("--threads");
    assertThat(refused("check", "seeds", "--fail-on", "sometimes", "--json", json().toString()))
        .contains("unknown --fail-on level 'sometimes'");
  }

  @Test
  void helpIsACommandToo() {
    Run all = Run.of("help");
    assertThat(all.code()).isEqualTo(ExitCode.OK);
    assertThat(all.out()).contains("check").contains("extract").contains("rules").contains("eval");
    Run check = Run.of("help", "check");
    assertThat(check.code()).isEqualTo(ExitCode.OK);
    assertThat(check.out()).contains("--fail-on").contains("--baseline");
  }

  @Test
  void rulesFileWithAYamlError() throws IOException {
    Path rules = rulesWith("catalog.yaml", s -> s.replaceFirst("kind: conflict\n", "kind: [conflict\n"));
    assertThat(refused("check", "seeds", "--rules", rules.toString(), "--json", json().toString()))
        .matches("crosscheck: .*catalog\\.yaml:\\d+: YAML syntax error: .*");
  }

  @Test
  void unknownRuleType() throws IOException {
    Path rules = rulesWith("catalog.yaml", s -> s.replaceFirst("check: rank-mismatch", "check: rank-mismatched"));
    assertThat(refused("check", "seeds", "--rules", rules.toString(), "--json", json().toString()))
        .matches("crosscheck: .*catalog\\.yaml:\\d+: unknown rule type.*");
  }

  @Test
  void duplicateRuleId() throws IOException {
    Path rules = rulesWith("catalog.yaml", s -> s.replaceFirst("id: CC102", "id: CC101"));
    assertThat(refused("check", "seeds", "--rules", rules.toString(), "--json", json().toString()))
        .matches("crosscheck: .*catalog\\.yaml:\\d+: duplicate rule id CC101 \\(first defined at line \\d+\\)");
  }

  @Test
  void badSettingAndBadLexicon() throws IOException {
    Path settings = rulesWith("settings.yaml", s -> s.replace("max_article_bytes: 2000000", "max_article_bytes: -5"));
    assertThat(refused("check", "seeds", "--rules", settings.toString(), "--json", json().toString()))
        .matches("crosscheck: .*settings\\.yaml:\\d+: 'max_article_bytes' must be .*");
    CheckCommandTest.copyTree(Path.of("rules"), tmp.resolve("rules2"));
    Files.writeString(tmp.resolve("rules2/lexicons/hedges.yaml"), "before:\n  about: 5\n");
    assertThat(refused("check", "seeds", "--rules", tmp.resolve("rules2").toString(), "--json", json().toString()))
        .matches("crosscheck: .*hedges\\.yaml:2: expected a list at '/before/about', found number");
    assertThat(refused("check", "seeds", "--rules", tmp.resolve("none").toString(), "--json", json().toString()))
        .endsWith("no such rules directory");
  }

  @Test
  void outputThatCannotBeWritten() throws IOException {
    Path file = Files.writeString(tmp.resolve("file"), "x");
    assertThat(refused("check", "seeds", "--json", file.resolve("out.json").toString()))
        .isEqualTo("crosscheck: cannot write " + file.resolve("out.json") + ": " + file + " is not a directory");
    assertThat(refused("check", "seeds", "--html", file.resolve("a/b/out.html").toString()))
        .endsWith(file + " is not a directory");
    assertThat(refused("check", "seeds", "--json", tmp.toString())).endsWith("it is a directory");
  }

  /** /proc takes no new file, even from root, whom its permission bits let write: refused before any work. */
  @Test
  void anOutputWhereNoFileCanBeMadeIsRefusedWithItsPathAndTheReason() {
    assumeThat(Files.isDirectory(Path.of("/proc/self"))).as("a Linux /proc").isTrue();
    for (String option : List.of("--html", "--sarif", "--write-baseline")) {
      String target = "/proc/x" + option.replace("-", "") + ".out";
      assertThat(refused("check", "seeds", "--json", json().toString(), option, target)).as(option)
          .startsWith("crosscheck: cannot write " + target + ": ").doesNotContain(".tmp").doesNotContain(".part");
      assertThat(Path.of(target)).doesNotExist();
    }
    assertThat(refused("extract", "seeds", "--json", "/proc/x.json"))
        .startsWith("crosscheck: cannot write /proc/x.json: ").doesNotContain(".tmp");
  }

  @Test
  void aCorpusWithNoReadableArticleWritesItsReportAndExits2() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("broken"));
    Files.write(dir.resolve("a.txt"), new byte[0]);
    Files.write(dir.resolve("b.txt"), new byte[] {0, 1, 2, 3});
    Run r = Run.of("check", dir.toString(), "--json", json().toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.out()).contains("broken: 1 story, 0 sources, 2 input errors").contains("wrote " + json());
    assertThat(r.err().strip()).isEqualTo("crosscheck: no article of " + dir
        + " could be read (2 input errors, listed in the report)");
    assertThat(Files.readString(json())).contains("\"what\" : \"empty file\"").contains("binary data");
  }
}
