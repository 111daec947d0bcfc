package dev.crosscheck.spark;

import dev.crosscheck.ci.FailLevel;
import dev.crosscheck.group.GroupBy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The arguments of {@link SparkCheck} (see {@link SparkCheck#USAGE}). {@code partitions} 0 means
 * Spark's default parallelism; {@code baseline}, {@code writeBaseline} and {@code sarif} are files on
 * the driver's file system, null when not given.
 */
record SparkArgs(boolean help, String master, String rules, int partitions, GroupBy groupBy, FailLevel failOn,
    Path baseline, Path writeBaseline, Path sarif, String input, String output) {
  /** A URI scheme of two letters or more ("hdfs:", "file:"), not a Windows drive ("C:"). */
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

  /** Parses the arguments; a bad one throws IllegalArgumentException with a one-line message. */
  static SparkArgs parse(String[] args) {
    String master = null;
    String rules = null;
    int partitions = 0;
    GroupBy groupBy = GroupBy.FOLDER;
    FailLevel failOn = FailLevel.parse(FailLevel.DEFAULT);
    Path baseline = null;
    Path writeBaseline = null;
    Path sarif = null;
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-h", "--help" -> {
          return new SparkArgs(true, null, null, 0, groupBy, failOn, null, null, null, null, null);
        }
        case "--master" -> master = value(args, ++i, a);
        case "--rules" -> rules = value(args, ++i, a);
        case "--partitions" -> partitions = positive(value(args, ++i, a), a);
        case "--group-by" -> groupBy = GroupBy.parse(value(args, ++i, a));
        case "--fail-on" -> failOn = FailLevel.parse(value(args, ++i, a));
        case "--baseline" -> baseline = driverFile(value(args, ++i, a), a);
        case "--write-baseline" -> writeBaseline = driverFile(value(args, ++i, a), a);
        case "--sarif" -> sarif = driverFile(value(args, ++i, a), a);
        default -> {
          if (a.startsWith("-") && a.length() > 1) {
            throw new IllegalArgumentException("unknown option: " + a);
          }
          positional.add(a);
        }
      }
    }
    if (positional.size() != 2) {
      throw new IllegalArgumentException("expected INPUT and OUTPUT, got " + positional.size() + " argument"
          + (positional.size() == 1 ? "" : "s"));
    }
    return new SparkArgs(false, master, rules, partitions, groupBy, failOn, baseline, writeBaseline, sarif,
        positional.get(0), positional.get(1));
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int positive(String value, String option) {
    try {
      int n = Integer.parseInt(value);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(option + " must be a whole number of at least 1: " + value);
  }

  /** The CI files are read and written by the driver, as the command line does, not through Hadoop. */
  private static Path driverFile(String value, String option) {
    if (SCHEME.matcher(value).matches()) {
      throw new IllegalArgumentException(option + " takes a file on the driver's file system, not a URI: " + value);
    }
    return Path.of(value);
  }
}
