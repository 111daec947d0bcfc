package dev.crosscheck.spark;

import dev.crosscheck.ci.ExitCode;
import dev.crosscheck.ci.OutputException;
import dev.crosscheck.group.GroupBy;
import dev.crosscheck.ingest.CorpusException;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.Summary;
import dev.crosscheck.report.BaselineException;
import dev.crosscheck.rules.RuleFileException;
import java.io.IOException;
import java.io.PrintWriter;
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
 * Exit codes, as the command line's: 0 done, no finding reaches --fail-on (with --baseline: no new one);
 * 1 done, some does; 2 nothing done (bad usage, {@code --group-by auto}, a missing or empty corpus, a bad
 * rule file, a missing or malformed baseline, an output that exists or cannot be written) or no article
 * could be read (the output is written, as the command line writes its report). A failure of the Spark
 * job itself ends with its exception.
 */
public final class SparkCheck {
  static final String USAGE = String.join("\n",
      "Usage: SparkCheck [--master URL] [--group-by folder|field] [--rules DIR] [--partitions N]",
      "                  [--fail-on LEVEL] [--baseline FILE] [--write-baseline FILE] [--sarif FILE] INPUT OUTPUT",
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
      "  --fail-on LEVEL  exit 1 when a finding reaches LEVEL: conflict, omission, error, warning, note",
      "                   or never (default: error)",
      "  --baseline FILE  known findings (from --write-baseline): only findings not in it can fail the run",
      "  --write-baseline FILE  record this run's conflicts and omissions as the known findings, in FILE",
      "  --sarif FILE     write the conflicts as a SARIF 2.1.0 log here",
      "                   (the three FILEs are on the driver's file system, as crosscheck check's)",
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
    SparkArgs a;
    CiGate gate;
    try {
      a = SparkArgs.parse(args);
      if (a.help()) {
        out.println(USAGE);
        return ExitCode.OK;
      }
      if (a.groupBy() == GroupBy.AUTO) {
        err.println("crosscheck-spark: " + CheckJob.AUTO_REFUSED);
        return ExitCode.USAGE;
      }
      gate = CiGate.of(a);
    } catch (IllegalArgumentException e) {
      err.println("crosscheck-spark: " + e.getMessage());
      err.println(USAGE);
      return ExitCode.USAGE;
    } catch (BaselineException | OutputException e) {
      err.println("crosscheck-spark: " + e.getMessage());
      return ExitCode.USAGE;
    }
    CheckJob.Options options = new CheckJob.Options(a.input(), a.output(), a.rules(), a.partitions(), a.groupBy(),
        gate.gating());
    SparkConf conf = new SparkConf().setAppName("crosscheck check " + options.input());
    if (a.master() != null) {
      conf.setMaster(a.master());
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    try {
      CheckJob.Plan plan = CheckJob.plan(options, hadoopConfiguration(conf));
      try (JavaSparkContext sc = new JavaSparkContext(conf)) {
        CheckJob.Checked checked = CheckJob.run(sc, plan);
        out.println(summaryLine(checked.summary()));
        out.println("wrote " + options.output());
        return gate.finish(checked, plan, Engines.get(options.rulesDir()).catalog(), out, err);
      }
    } catch (CorpusException | RuleFileException | CheckJob.OutputExistsException | OutputException e) {
      err.println("crosscheck-spark: " + e.getMessage());
      return ExitCode.USAGE;
    } catch (IOException e) {
      err.println("crosscheck-spark: I/O error: " + e.getMessage());
      return ExitCode.USAGE;
    }
  }

  private static String summaryLine(Summary s) {
    return "crosscheck-spark: " + plural(s.stories(), "story", "stories") + ", "
        + plural(s.sources(), "source", "sources") + ", " + plural(s.findings(), "finding", "findings") + " ("
        + plural(s.count(Kind.CONFLICT), "conflict", "conflicts") + ", "
        + plural(s.count(Kind.OMISSION), "omission", "omissions") + ", "
        + plural(s.count(Kind.AGREEMENT), "agreement", "agreements") + "), "
        + plural(s.errors(), "error", "errors") + ", " + plural(s.notes(), "note", "notes");
  }

  /** The Hadoop configuration Spark will use, from the environment and the spark.hadoop.* settings. */
  private static Configuration hadoopConfiguration(SparkConf conf) {
    Configuration hadoop = new Configuration();
    for (Tuple2<String, String> e : conf.getAllWithPrefix("spark.hadoop.")) {
      hadoop.set(e._1(), e._2());
    }
    return hadoop;
  }

  private static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
