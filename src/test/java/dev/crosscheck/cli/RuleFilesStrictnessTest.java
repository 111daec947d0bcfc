package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.ci.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule, settings and lexicon files that parse but do not say what they should are refused with
 * file:line and exit 2, like the ones that do not parse.
 */
class RuleFilesStrictnessTest {
  @TempDir
  Path tmp;

  private Run checkWith(String file, String content) throws IOException {
    Path rules = Files.createTempDirectory(tmp, "rules");
    CheckCommandTest.copyTree(Path.of("rules"), rules);
    Files.writeString(rules.resolve(file), content);
    return Run.of("check", "seeds", "--rules", rules.toString(), "--json", tmp.resolve("out.json").toString());
  }

  @Test
  void unknownSettingIsNamed() throws IOException {
    String settings = Files.readString(Path.of("rules/settings.yaml"))
        .replace("  min_similarity: 0.25", "  min_similarity: 0.25\n  min_similarty: 0.5");
    Run r = checkWith("settings.yaml", settings);
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).containsPattern("settings\\.yaml:\\d+: unknown setting 'min_similarty'");
  }

  @Test
  void lexiconOfTheWrongShapeIsRefused() throws IOException {
    for (String content : new String[] {"foo: 1\n", "[1, 2]\n"}) {
      Run r = checkWith("lexicons/stopwords.yaml", content);
      assertThat(r.code()).as(content).isEqualTo(ExitCode.USAGE);
      assertThat(r.err()).as(content).contains("stopwords.yaml:1:");
    }
  }
}
