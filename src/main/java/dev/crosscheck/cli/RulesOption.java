package dev.crosscheck.cli;

import dev.crosscheck.rules.RuleFileException;
import dev.crosscheck.rules.RulesSource;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --rules DIR} and {@code --verbose} options shared by the commands. */
final class RulesOption {
  @Option(names = "--rules", paramLabel = "DIR",
      description = "Rule catalog and lexicons to use instead of the bundled ones (a directory laid out like rules/).")
  Path rules;

  @Option(names = "--verbose", description = "Print stack traces of internal errors.")
  boolean verbose;

  RulesSource source() {
    if (rules == null) {
      return RulesSource.bundled();
    }
    if (!Files.isDirectory(rules)) {
      throw new RuleFileException(rules.toString(), 0, "no such rules directory");
    }
    return RulesSource.directory(rules);
  }
}
