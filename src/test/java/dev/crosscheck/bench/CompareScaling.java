package dev.crosscheck.bench;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.model.ExtractedArticle;
import dev.crosscheck.model.ExtractedStory;
import dev.crosscheck.rules.RulesSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Alignment and rules of one story as its sources grow, to see how the cost grows with its claims.
 * {@code mixed}: the first N articles of the evaluation corpus in one folder (many events, as in a
 * badly grouped story); {@code copies}: N copies of one story's articles (every claim has many
 * equals, the worst case for clusters). The setup prints the claims of each story.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xss8m", "-Xmx1g"})
public class CompareScaling {
  @Param({"25", "50", "100", "200"})
  public int sources;

  @Param({"mixed", "copies"})
  public String kind;

  Crosscheck crosscheck;
  ExtractedStory story;
  Path dir;

  @Setup
  public void setUp() throws IOException {
    crosscheck = Crosscheck.load(RulesSource.bundled());
    dir = Files.createTempDirectory("crosscheck-scaling");
    Path storyDir = dir.resolve(kind + "-" + sources);
    writeStory(storyDir, kind.equals("copies")
        ? articles(StageBenchmarks.CORPUS.resolve("36-ecbplus")) : articles(StageBenchmarks.CORPUS), sources);
    story = crosscheck.extract(crosscheck.scan(storyDir).stories().get(0));
    long claims = story.articles().stream().mapToLong(a -> a.claims().size()).sum();
    System.out.printf("%n%s, %d sources: %d claims%n", kind, story.articles().size(), claims);
  }

  @TearDown
  public void tearDown() throws IOException {
    BenchCorpus.deleteTree(dir);
  }

  @Benchmark
  public int compare() {
    return crosscheck.compare(story).findings().size();
  }

  static List<Path> articles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  /** {@code n} article files in {@code dir}, taking {@code from} in turn and again as often as needed. */
  static void writeStory(Path dir, List<Path> from, int n) throws IOException {
    Files.createDirectories(dir);
    for (int i = 0; i < n; i++) {
      Path source = from.get(i % from.size());
      Files.copy(source, dir.resolve(String.format("a%03d-%s", i, source.getFileName())));
    }
  }

  /** The claims of a story, for the smoke test. */
  static long claims(ExtractedStory story) {
    return story.articles().stream().map(ExtractedArticle::claims).mapToLong(List::size).sum();
  }
}
