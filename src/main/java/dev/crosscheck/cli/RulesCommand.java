package dev.crosscheck.cli;

import dev.crosscheck.ci.ExitCode;
import dev.crosscheck.rules.Rule;
import dev.crosscheck.rules.RuleCatalog;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crosscheck rules}: lists the rule catalog in force, after validating it. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Lists the rule catalog in force (the bundled one, or --rules DIR), after validating it.")
final class RulesCommand implements Callable<Integer> {
  @Mixin
  RulesOption rules;

  @Option(names = "--long", description = "Also print each rule's description, parameters and example.")
  boolean full;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    var source = rules.source();
    dev.crosscheck.Crosscheck.load(source);
    RuleCatalog catalog = RuleCatalog.load(source);
    PrintWriter out = spec.commandLine().getOut();
    out.println("rules from " + source.display("catalog.yaml"));
    for (Rule r : catalog.rules()) {
      out.printf(Locale.ROOT, "%-6s %-22s %-9s %-8s %s%n", r.id(), r.name(), r.kind().label(), r.severity().label(),
          String.join(",", r.appliesTo().stream().map(t -> t.label()).toList()));
      if (full) {
        out.println("       " + r.description().replace("\n", " "));
        if (!r.parameters().isEmpty()) {
          out.println("       parameters: " + r.parameters());
        }
        out.println("       example: " + r.example());
      }
    }
    out.flush();
    return ExitCode.OK;
  }
}
