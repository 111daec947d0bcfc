package dev.crosscheck.spark;

import dev.crosscheck.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** The command line and the Spark job run in this JVM, with their exit code and what they printed. */
record Runs(int code, String out, String err) {
  /** {@code crosscheck check ARGS}, without a progress bar. */
  static Runs check(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of("check", "--no-progress"));
    all.addAll(List.of(args));
    int code = Main.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    return new Runs(code, out.toString(), err.toString());
  }

  /** {@code SparkCheck ARGS}. */
  static Runs spark(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SparkCheck.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Runs(code, out.toString(), err.toString());
  }

  /**
   * The lines of the gate, which the command line and the job print alike: the baseline lines (counts
   * and new findings) and the last line for CI logs.
   */
  List<String> gateLines() {
    return out.lines().filter(l -> l.startsWith("baseline ") || l.startsWith("new ") || l.startsWith("... and ")
        || l.startsWith("crosscheck passed") || l.startsWith("crosscheck FAILED")).toList();
  }

  /**
   * The first line on stderr without the program's prefix ("crosscheck: ", "crosscheck-spark: ") and
   * the command line's pointer to its help.
   */
  String problem() {
    String first = err.lines().findFirst().orElse("");
    return first.substring(first.indexOf(": ") + 2).replaceFirst(" \\(try 'crosscheck check --help'\\)$", "");
  }
}
