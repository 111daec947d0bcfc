package dev.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks' smoke run in the build: each runs once on a small corpus and gives figures and
 * reports of the right shape. It times nothing and asserts no speed; docs/PERFORMANCE.md has the
 * measured figures and how to take them.
 */
class BenchmarkSmokeTest {
  @TempDir
  Path tmp;

  @Test
  void wholeRunGeneratesTheCorpusAndRunsFloorAndCheckInTheirOwnJvms() throws Exception {
    var options = new WholeRunBenchmark.Options(List.of(30),
        List.of(Path.of("src/test/resources/eval/stories/36-ecb"), Path.of("seeds")), tmp, 1, "512m", 2,
        WholeRunBenchmark.Options.readJvmOptions(Path.of("jvm.options")));
    List<WholeRunBenchmark.Row> rows = WholeRunBenchmark.run(options);

    assertThat(rows).hasSize(1);
    WholeRunBenchmark.Row row = rows.get(0);
    long inCopy = Files.list(Path.of("src/test/resources/eval/stories/36-ecb")).count();
    assertThat(row.articles()).isGreaterThanOrEqualTo(30);
    assertThat(row.stories()).isGreaterThan(2); // 36-ecb and seeds, copied round after round
    assertThat(row.articles()).isLessThan(30 + (int) inCopy);
    assertThat(row.tokens()).isGreaterThan(1000);
    assertThat(row.exitCode()).isZero();
    assertThat(options.jvmOptions()).contains("-Xss8m"); // the launcher's options, from jvm.options
    assertThat(row.checkPeakMb()).isPositive().isLessThanOrEqualTo(512);
    JsonNode report = new ObjectMapper().readTree(tmp.resolve("corpus-30/report.json").toFile());
    assertThat(report.path("summary").path("stories").asInt()).isEqualTo(row.stories());
    assertThat(tmp.resolve("corpus-30/report.html")).isNotEmptyFile();
    assertThat(tmp.resolve("corpus-30/notices")).isDirectory();
    assertThat(WholeRunBenchmark.table(rows, options)).contains("| " + row.articles() + " |", "check / floor");
  }

  @Test
  void generatedCorpusIsTheSameEveryTime() throws Exception {
    List<Path> from = List.of(Path.of("seeds"));
    BenchCorpus a = BenchCorpus.generate(tmp.resolve("a"), from, 12);
    BenchCorpus b = BenchCorpus.generate(tmp.resolve("b"), from, 12);
    assertThat(a.articles()).isEqualTo(15).isEqualTo(b.articles()); // three whole copies of the five seeds
    assertThat(a.storyCount()).isEqualTo(3);
    assertThat(names(a.stories())).isEqualTo(names(b.stories())).contains("k01-seeds", "k03-seeds");
    assertThat(Files.readAllBytes(a.stories().resolve("k02-seeds").resolve(first(Path.of("seeds")))))
        .isEqualTo(Files.readAllBytes(Path.of("seeds").resolve(first(Path.of("seeds")))));
  }

  @Test
  void stageBenchmarksRunOnce() throws Exception {
    StageBenchmarks stages = new StageBenchmarks();
    stages.setUp();
    assertThat(stages.ingest()).hasSameSizeAs(stages.stories);
    assertThat(stages.analyze()).hasSameSizeAs(stages.articles);
    assertThat(stages.floorOfCleanTexts()).isGreaterThan(10_000);
    assertThat(stages.extract()).isGreaterThan(1000);
    assertThat(stages.compare()).isPositive();
    stages.jsonReport();
    stages.htmlReport();
  }

  @Test
  void compareScalingBuildsAStoryOfTheWantedSize() throws Exception {
    CompareScaling scaling = new CompareScaling();
    scaling.sources = 6;
    scaling.kind = "copies";
    scaling.setUp();
    try {
      assertThat(scaling.story.articles()).hasSize(6);
      assertThat(CompareScaling.claims(scaling.story)).isPositive();
      assertThat(scaling.compare()).isPositive();
    } finally {
      scaling.tearDown();
    }
  }

  private static List<String> names(Path dir) throws Exception {
    try (var s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String first(Path dir) throws Exception {
    return names(dir).get(0);
  }
}
