package dev.crosscheck.cli;

import dev.crosscheck.ci.ExitCode;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code crosscheck} command and its subcommands. */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Checks news articles about the same story against each other: where sources agree, "
        + "where a detail is reported by only some (omission), and where they contradict each other (conflict).",
    subcommands = {CheckCommand.class, ExtractCommand.class, RulesCommand.class, EvalCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    List<String> names = List.copyOf(spec.subcommands().keySet());
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: "
        + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1));
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given output streams and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = commandLine(out, err);
    return cl.execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> ExitCode.USAGE);
    cl.setParameterExceptionHandler((e, args) -> {
      e.getCommandLine().getErr().println("crosscheck: " + usageProblem(e) + " (try 'crosscheck "
          + commandName(e.getCommandLine()) + "--help')");
      return ExitCode.USAGE;
    });
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("crosscheck: " + Errors.describe(e));
      if (Errors.verbose(parseResult)) {
        e.printStackTrace(commandLine.getErr());
      }
      return Errors.exitCode(e);
    });
    return cl;
  }

  /** Picocli's message, or for a word that is no command "unknown command 'x'", with a suggestion. */
  private static String usageProblem(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException u && u.getCommandLine().getParent() == null
        && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
      List<String> suggestions = u.getSuggestions();
      return "unknown command '" + u.getUnmatched().get(0) + "'"
          + (suggestions.isEmpty() ? "" : "; did you mean '" + suggestions.get(0) + "'?");
    }
    return e.getMessage();
  }

  private static String commandName(CommandLine cl) {
    return cl.getParent() == null ? "" : cl.getCommandName() + " ";
  }
}
