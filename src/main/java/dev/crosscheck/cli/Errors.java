package dev.crosscheck.cli;

import dev.crosscheck.ci.ExitCode;
import dev.crosscheck.ci.OutputException;
import dev.crosscheck.ingest.CorpusException;
import dev.crosscheck.report.BaselineException;
import dev.crosscheck.rules.RuleFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/** One-line messages and exit codes for the failures a command can meet. */
final class Errors {
  private Errors() {}

  static String describe(Exception e) {
    if (e instanceof RuleFileException || e instanceof CorpusException || e instanceof OutputException
        || e instanceof BaselineException) {
      return e.getMessage();
    }
    if (e instanceof UncheckedIOException u) {
      return "I/O error: " + u.getCause().getMessage();
    }
    if (e instanceof IOException) {
      return "I/O error: " + e.getMessage();
    }
    return "internal error: " + e + " (run with --verbose for details)";
  }

  static int exitCode(Exception e) {
    return ExitCode.USAGE;
  }

  static boolean verbose(CommandLine.ParseResult result) {
    CommandLine.ParseResult sub = result;
    while (sub != null) {
      if (sub.hasMatchedOption("--verbose")) {
        return true;
      }
      sub = sub.subcommand();
    }
    return false;
  }
}
