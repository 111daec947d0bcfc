package dev.crosscheck.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.ToolVersion;
import dev.crosscheck.group.GroupBy;
import dev.crosscheck.ingest.CorpusException;
import dev.crosscheck.model.Summary;
import dev.crosscheck.report.CheckReport;
import dev.crosscheck.report.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import scala.Tuple2;

/**
 * {@code crosscheck check} as a Spark job. The driver lists the corpus; executors read the files
 * (parsing JSON and JSONL feeds, whose objects may name their story), the articles are grouped by
 * folder story and, with {@code --group-by field}, regrouped by their {@code story} field or file
 * ({@link FieldStories}); each story runs through extraction, alignment and rules on an executor.
 * Writes under the output directory:
 * <ul>
 *   <li>{@code stories/part-*}: one line per story, sorted by story id, each the story's object of
 *       the command line's JSON report (docs/JSON.md);
 *   <li>{@code errors/part-*}: one line per processing error, in the report's order;
 *   <li>{@code summary.json}: schema version, tool, corpus name and the report's {@code summary}.
 * </ul>
 */
public final class CheckJob {
  /**
   * Why {@code --group-by auto} is refused: the command line clusters the whole corpus at once, which
   * does not split into independent parts (docs/SPARK.md).
   */
  public static final String AUTO_REFUSED = "--group-by auto is not offered on Spark: it clusters all the articles "
      + "of the corpus at once (document frequencies, copies and average linkage over the whole corpus), which "
      + "does not split across executors without giving other stories; use --group-by folder or field, or "
      + "`crosscheck check --group-by auto` on one machine (docs/SPARK.md)";

  /**
   * What to check, how articles form stories ({@code folder} or {@code field}, as the command line's
   * {@code --group-by}), where to write it and what the gate needs of each story. {@code partitions} 0
   * means Spark's default parallelism.
   */
  public record Options(String input, String output, String rulesDir, int partitions, GroupBy groupBy, Gating gating)
      implements Serializable {
    public Options {
      if (partitions < 0) {
        throw new IllegalArgumentException("partitions must be 0 (default) or more: " + partitions);
      }
      Objects.requireNonNull(groupBy, "groupBy");
      Objects.requireNonNull(gating, "gating");
      if (groupBy == GroupBy.AUTO) {
        throw new IllegalArgumentException(AUTO_REFUSED);
      }
    }
  }

  /** Raised before any work when the output directory already exists. */
  public static final class OutputExistsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputExistsException(String output) {
      super("output exists: " + output + " (give a new directory)");
    }
  }

  private static final Comparator<ErrorRecord> ERROR_ORDER = new ErrorOrder();

  /** The report's order of errors, serializable for Spark. */
  private static final class ErrorOrder implements Comparator<ErrorRecord>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(ErrorRecord a, ErrorRecord b) {
      return a.sortKey().compareTo(b.sortKey());
    }
  }

  private CheckJob() {}

  /**
   * What a run gives the driver besides its output directory: the summary written to summary.json,
   * how many findings reach --fail-on, and the stories' parts of the gate, sorted by story id (empty
   * unless {@link Gating#collects()}).
   */
  public record Checked(Summary summary, long failing, List<StoryGate> gates) {
    public Checked {
      gates = List.copyOf(gates);
    }
  }

  /** A checked run, ready to go: its options and the corpus listing. */
  public static final class Plan {
    private final Options options;
    private final CorpusListing.Listing listing;

    private Plan(Options options, CorpusListing.Listing listing) {
      this.options = options;
      this.listing = listing;
    }

    public Options options() {
      return options;
    }

    /** The files found, before feeds are read. */
    public int files() {
      return listing.files().size();
    }

    /** The corpus name, as the report's {@code corpus}. */
    public String corpus() {
      return listing.name();
    }

    /** Where the corpus directory is, for SARIF. */
    public String corpusUri() {
      return listing.corpusUri();
    }
  }

  /** Runs {@link #plan} then {@link #run(JavaSparkContext, Plan)}. */
  public static Checked run(JavaSparkContext sc, Options options) throws IOException {
    return run(sc, plan(options, sc.hadoopConfiguration()));
  }

  /**
   * Checks a run before any Spark work, on the driver: the output directory must not exist, the rules
   * must load and the corpus must be there. Lists the corpus. Throws {@link OutputExistsException},
   * {@link dev.crosscheck.rules.RuleFileException} or {@link CorpusException}.
   */
  public static Plan plan(Options options, Configuration hadoop) throws IOException {
    Path out = new Path(options.output());
    if (out.getFileSystem(hadoop).exists(out)) {
      throw new OutputExistsException(options.output());
    }
    Engines.get(options.rulesDir());
    return new Plan(options, CorpusListing.list(options.input(), hadoop));
  }

  /**
   * Runs a planned check and returns the summary written to summary.json with what the gate needs.
   * Throws {@link CorpusException} when the corpus turns out to hold no article (known once its feeds
   * are read).
   */
  public static Checked run(JavaSparkContext sc, Plan plan) throws IOException {
    Options options = plan.options();
    CorpusListing.Listing listing = plan.listing;
    Configuration hadoop = sc.hadoopConfiguration();
    Path out = new Path(options.output());
    FileSystem outFs = out.getFileSystem(hadoop);
    int partitions = options.partitions() > 0 ? options.partitions() : sc.defaultParallelism();
    Broadcast<SerializableConfiguration> conf = sc.broadcast(new SerializableConfiguration(hadoop));
    String rulesDir = options.rulesDir();
    Gating gating = options.gating();
    int maxTextChars = Engines.get(rulesDir).settings().ingest().maxArticleBytes();

    List<FileEntry> files = listing.files();
    JavaPairRDD<String, Item> items = sc.parallelize(files, Math.max(1, Math.min(files.size(), partitions)))
        .flatMapToPair(f -> SourceReader.read(f, conf.value().value(), maxTextChars));
    if (!listing.errors().isEmpty()) {
      items = items.union(sc.parallelize(listing.errors(), 1)
          .mapToPair(e -> new Tuple2<String, Item>(e.story(), e)));
    }
    JavaPairRDD<String, Iterable<Item>> folders = items.groupByKey(partitions);
    JavaRDD<StoryResult> checked = switch (options.groupBy()) {
      case FOLDER -> folders.map(story -> StoryRunner.folder(story._1(), story._2(), rulesDir, gating,
          conf.value().value()));
      case FIELD -> folders.flatMapToPair(story -> FieldStories.place(story._1(), story._2()).iterator())
          .groupByKey(partitions)
          .flatMap(named -> FieldStories.run(named._1(), named._2(), rulesDir, gating, conf.value().value())
              .iterator());
      case AUTO -> throw new IllegalArgumentException(AUTO_REFUSED);
    };
    JavaRDD<StoryResult> results = checked.persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      Counts counts = results.map(StoryResult::counts).fold(Counts.ZERO, Counts::plus);
      if (counts.stories() == 0) {
        // as CorpusReader: no story at all, only problems; the first in the report's order is named
        List<ErrorRecord> first = results.flatMap(r -> r.errors().iterator()).takeOrdered(1, ERROR_ORDER);
        long problems = counts.errors() + counts.notes();
        throw new CorpusException(first.isEmpty() ? CorpusListing.noArticles(options.input())
            : CorpusListing.noArticles(options.input(), first.get(0), problems));
      }
      results.filter(r -> r.json() != null)
          .mapToPair(r -> new Tuple2<>(r.story(), r.json()))
          .sortByKey(true, partitions)
          .values()
          .saveAsTextFile(new Path(out, "stories").toString());
      results.flatMap(r -> r.errors().iterator())
          .sortBy(ErrorRecord::sortKey, true, 1)
          .map(e -> Json.line(CheckReport.error(e.toModel())))
          .saveAsTextFile(new Path(out, "errors").toString());
      Summary summary = counts.toSummary();
      writeSummary(outFs, new Path(out, "summary.json"), listing.name(), summary);
      long failing = results.map(StoryResult::failing).fold(0L, Long::sum);
      List<StoryGate> gates = new ArrayList<>();
      if (gating.collects()) {
        gates.addAll(results.map(StoryResult::gate).filter(Objects::nonNull).collect());
        gates.sort(Comparator.comparing(StoryGate::story));
      }
      return new Checked(summary, failing, gates);
    } finally {
      results.unpersist(false);
      conf.destroy();
    }
  }

  private static void writeSummary(FileSystem fs, Path file, String corpus, Summary summary) throws IOException {
    ObjectNode root = Json.object();
    root.put("schemaVersion", CheckReport.SCHEMA_VERSION);
    ObjectNode tool = root.putObject("tool");
    tool.put("name", "crosscheck");
    tool.put("version", ToolVersion.get());
    root.put("corpus", corpus);
    root.set("summary", CheckReport.summary(summary));
    try (OutputStream o = fs.create(file, false)) {
      o.write(Json.write(root).getBytes(StandardCharsets.UTF_8));
    }
  }
}
