package dev.crosscheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The whole-run benchmark: for each corpus size, a generated corpus ({@link BenchCorpus}), then,
 * side by side and each in a fresh JVM with the same flags, the floor ({@link FloorRun}: bare
 * OpenNLP over the same files) and {@code crosscheck check} writing the JSON and HTML reports
 * ({@link CheckRun}). Prints a Markdown table (articles/s, tokens/s, peak heap, ratio to the floor,
 * CPU time of each JVM with its JIT compilers and collector) and writes it to {@code WORK/whole-run.md}.
 *
 * <p>Usage: WholeRunBenchmark [--articles 1000,10000] [--from DIR,DIR] [--work DIR] [--repeat N]
 * [--xmx SIZE] [--threads N] [--jvm-options FILE]
 *
 * <p>Both JVMs get the options of {@code FILE} (default {@code jvm.options}, the ones the
 * {@code crosscheck} launcher runs with) and {@code -Xmx SIZE}.
 */
public final class WholeRunBenchmark {
  record Options(List<Integer> sizes, List<Path> from, Path work, int repeat, String xmx, int threads,
      List<String> jvmOptions) {
    static Options parse(String[] args) throws IOException {
      List<Integer> sizes = List.of(1000, 10000);
      List<Path> from = List.of(Path.of("../shared/corpora/ecbplus"), Path.of("seeds"));
      Path work = Path.of("target/bench");
      int repeat = 3;
      String xmx = "1g";
      int threads = Runtime.getRuntime().availableProcessors();
      Path jvmOptions = Path.of("jvm.options");
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : "";
        switch (args[i]) {
          case "--articles" -> sizes = Arrays.stream(value.split(",")).map(s -> Integer.parseInt(s.strip())).toList();
          case "--from" -> from = Arrays.stream(value.split(",")).map(s -> Path.of(s.strip())).toList();
          case "--work" -> work = Path.of(value);
          case "--repeat" -> repeat = Integer.parseInt(value);
          case "--xmx" -> xmx = value;
          case "--threads" -> threads = Integer.parseInt(value);
          case "--jvm-options" -> jvmOptions = Path.of(value);
          default -> throw new IllegalArgumentException("unknown option " + args[i]
              + " (expected --articles, --from, --work, --repeat, --xmx, --threads or --jvm-options)");
        }
        i++;
      }
      return new Options(sizes, from, work, repeat, xmx, threads, readJvmOptions(jvmOptions));
    }

    /** The options of a jvm.options file: one per line, comments (#) and blank lines left out. */
    static List<String> readJvmOptions(Path file) throws IOException {
      return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    }
  }

  /** One size's medians over the repeats. */
  record Row(int articles, int stories, long tokens, double floorSeconds, double checkSeconds, double floorCpuSeconds,
      double checkCpuSeconds, long floorPeakMb, long checkPeakMb, long checkLiveMb, int exitCode) {
    double ratio() {
      return checkSeconds / floorSeconds;
    }
  }

  private WholeRunBenchmark() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    List<Row> rows = run(options);
    String table = table(rows, options);
    System.out.println(table);
    Files.writeString(options.work().resolve("whole-run.md"), table, StandardCharsets.UTF_8);
  }

  static List<Row> run(Options options) throws IOException, InterruptedException {
    Files.createDirectories(options.work());
    List<Row> rows = new ArrayList<>();
    for (int size : options.sizes()) {
      Path dir = options.work().resolve("corpus-" + size);
      BenchCorpus corpus = BenchCorpus.generate(dir, options.from(), size);
      List<Double> floor = new ArrayList<>();
      List<Double> check = new ArrayList<>();
      List<Double> floorCpu = new ArrayList<>();
      List<Double> checkCpu = new ArrayList<>();
      long tokens = 0;
      long floorPeak = 0;
      long checkPeak = 0;
      long checkLive = 0;
      int exit = 0;
      for (int r = 0; r < options.repeat(); r++) {
        Timed f = child(options, FloorRun.class, corpus.stories().toString(), Integer.toString(options.threads()));
        Timed c = child(options, CheckRun.class, "check", corpus.stories().toString(),
            "--json", dir.resolve("report.json").toString(), "--html", dir.resolve("report.html").toString(),
            "--fail-on", "never", "--threads", Integer.toString(options.threads()));
        floor.add(f.seconds());
        check.add(c.seconds());
        floorCpu.add(Double.parseDouble(f.result().get("cpuSeconds")));
        checkCpu.add(Double.parseDouble(c.result().get("cpuSeconds")));
        tokens = Long.parseLong(f.result().get("tokens"));
        floorPeak = Math.max(floorPeak, Long.parseLong(f.result().get("peakHeapMb")));
        checkPeak = Math.max(checkPeak, Long.parseLong(c.result().get("peakHeapMb")));
        checkLive = Math.max(checkLive, Long.parseLong(c.result().get("peakLiveMb")));
        exit = Math.max(exit, Integer.parseInt(c.result().get("exit")));
        System.err.printf(Locale.ROOT, "%d articles, run %d: floor %.2f s (%.1f s CPU), check %.2f s (%.1f s CPU)%n",
            corpus.articles(), r + 1, f.seconds(), floorCpu.get(r), c.seconds(), checkCpu.get(r));
      }
      rows.add(new Row(corpus.articles(), corpus.storyCount(), tokens, median(floor), median(check), median(floorCpu),
          median(checkCpu), floorPeak, checkPeak, checkLive, exit));
    }
    return rows;
  }

  record Timed(double seconds, Map<String, String> result) {}

  /** Runs {@code main} of {@code type} in a new JVM with this one's class path; wall time includes JVM start. */
  static Timed child(Options options, Class<?> type, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options.jvmOptions());
    command.addAll(List.of("-Xmx" + options.xmx(), "-cp", System.getProperty("java.class.path"), type.getName()));
    command.addAll(List.of(args));
    Path log = Files.createTempFile(options.work(), type.getSimpleName(), ".log");
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int code = p.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    String output = Files.readString(log);
    Map<String, String> result = ChildResult.parse(output);
    if (code != 0 || result.isEmpty()) {
      throw new IOException(type.getSimpleName() + " failed (exit " + code + "), output in " + log + ":\n"
          + output.lines().limit(20).reduce("", (a, b) -> a + b + "\n"));
    }
    Files.delete(log);
    return new Timed(seconds, result);
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  static String table(List<Row> rows, Options options) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Whole run, median of %d, %d threads, -Xmx%s %s, %d cores, Java %s%n%n",
        options.repeat(), options.threads(), options.xmx(), String.join(" ", options.jvmOptions()),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
    sb.append("| articles | stories | tokens | floor s | check s | check / floor | floor CPU s | check CPU s | "
        + "check articles/s | check tokens/s | floor tokens/s | check peak heap MB | check live MB | floor peak heap MB |\n");
    sb.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      sb.append(String.format(Locale.ROOT,
          "| %d | %d | %d | %.2f | %.2f | %.2f | %.1f | %.1f | %.0f | %.0f | %.0f | %d | %d | %d |%n",
          r.articles(), r.stories(), r.tokens(), r.floorSeconds(), r.checkSeconds(), r.ratio(), r.floorCpuSeconds(),
          r.checkCpuSeconds(),
          r.articles() / r.checkSeconds(), r.tokens() / r.checkSeconds(), r.tokens() / r.floorSeconds(),
          r.checkPeakMb(), r.checkLiveMb(), r.floorPeakMb()));
    }
    if (rows.size() >= 2) {
      Row small = rows.get(0);
      Row large = rows.get(rows.size() - 1);
      sb.append(String.format(Locale.ROOT, "%nScaling: %.1f times the articles took %.2f times as long (check), "
          + "%.2f times (floor).%n", (double) large.articles() / small.articles(),
          large.checkSeconds() / small.checkSeconds(), large.floorSeconds() / small.floorSeconds()));
    }
    return sb.toString();
  }
}
