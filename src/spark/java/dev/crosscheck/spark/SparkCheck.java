package dev.crosscheck.spark;

import dev.crosscheck.group.GroupBy;
import dev.crosscheck.ingest.CorpusException;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.Summary;
import dev.crosscheck.rules.RuleFileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * The Spark job's entry point: {@code crosscheck check} over a corpus on a Spark cluster, or in local
 * mode. See docs/SPARK.md.
 *
 * <pre>
 * spark-submit --class dev.crosscheck.spark.SparkCheck crosscheck-VERSION-spark.jar [options] INPUT OUTPUT
 * </pre>
 *
 * Exit codes: 0 done, 2 nothing done (bad usage, {@code --group-by auto}, a missing or empty corpus, a bad
 * rule file, an existing output) or no article could be read (the output is written, as the command line writes
 * its report). A failure of the Spark job itself ends with its exception.
 */
public final class SparkCheck {
  static final String USAGE = String.join("\n",
      "Usage: SparkCheck [--master URL] [--group-by folder|field] [--rules DIR] [--partitions N] INPUT OUTPUT",
      "Compares the sources of every story of INPUT, as `crosscheck check` does, on Spark.",
      "  INPUT            a directory of articles (each subdirectory a story) or a JSON/JSONL feed,",
      "                   on any file system Spark reads (file:, hdfs:, s3a:, ...)",
      "  OUTPUT           a new directory: stories/ (one JSON line per story), errors/, summary.json",
      "  --master URL     the Spark master when not set by spark-submit (default: local[*])",
      "  --group-by MODE  how articles form stories, as crosscheck check's: folder (the corpus's folders",
      "                   and the articles' story field; the default) or field (only the story field;",
      "                   other articles by file); auto is not offered on Spark",
      "  --rules DIR      a rule catalog directory, readable at the same path on every node",
      "                   (default: the catalog bundled in the jar)",
      "  --partitions N   partitions for the stories (default: Spark's default parallelism)",
      "  -h, --help       this help");

  private SparkCheck() {}

  public static void main(String[] args) {
    int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Parses the arguments, runs the job in a Spark context of its own and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    String master = null;
    String rules = null;
    int partitions = 0;
    GroupBy groupBy = GroupBy.FOLDER;
    List<String> positional = new ArrayList<>();
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "-h", "--help" -> {
            out.println(USAGE);
            return 0;
          }
          case "--master" -> master = value(args, ++i, a);
          case "--rules" -> rules = value(args, ++i, a);
          case "--partitions" -> partitions = positive(value(args, ++i, a), a);
          case "--group-by" -> groupBy = GroupBy.parse(value(args, ++i, a));
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
      if (groupBy == GroupBy.AUTO) {
        err.println("crosscheck-spark: " + CheckJob.AUTO_REFUSED);
        return 2;
      }
    } catch (IllegalArgumentException e) {
      err.println("crosscheck-spark: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    CheckJob.Options options = new CheckJob.Options(positional.get(0), positional.get(1), rules, partitions,
        groupBy);
    SparkConf conf = new SparkConf().setAppName("crosscheck check " + options.input());
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    try {
      CheckJob.Plan plan = CheckJob.plan(options, hadoopConfiguration(conf));
      try (JavaSparkContext sc = new JavaSparkContext(conf)) {
        Summary s = CheckJob.run(sc, plan);
        out.println("crosscheck-spark: " + plural(s.stories(), "story", "stories") + ", "
            + plural(s.sources(), "source", "sources") + ", " + plural(s.findings(), "finding", "findings") + " ("
            + plural(s.count(Kind.CONFLICT), "conflict", "conflicts") + ", "
            + plural(s.count(Kind.OMISSION), "omission", "omissions") + ", "
            + plural(s.count(Kind.AGREEMENT), "agreement", "agreements") + "), "
            + plural(s.errors(), "error", "errors") + ", " + plural(s.notes(), "note", "notes"));
        out.println("wrote " + options.output());
        if (s.sources() == 0) {
          err.println("crosscheck-spark: no article of " + options.input() + " could be read (" + s.errors()
              + " input errors, listed in " + options.output() + "/errors)");
          return 2;
        }
        return 0;
      }
    } catch (CorpusException | RuleFileException | CheckJob.OutputExistsException e) {
      err.println("crosscheck-spark: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("crosscheck-spark: I/O error: " + e.getMessage());
      return 2;
    }
  }

  /** The Hadoop configuration Spark will use, from the environment and the spark.hadoop.* settings. */
  private static Configuration hadoopConfiguration(SparkConf conf) {
    Configuration hadoop = new Configuration();
    for (Tuple2<String, String> e : conf.getAllWithPrefix("spark.hadoop.")) {
      hadoop.set(e._1(), e._2());
    }
    return hadoop;
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

  private static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
