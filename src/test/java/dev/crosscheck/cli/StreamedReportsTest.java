package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.TestCorpus;
import dev.crosscheck.ci.CorpusUri;
import dev.crosscheck.ingest.Corpus;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.StoryReport;
import dev.crosscheck.report.CheckReport;
import dev.crosscheck.report.HtmlReport;
import dev.crosscheck.report.SarifReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crosscheck check} writes its reports story by story and keeps only summaries; the files
 * must be the bytes the report writers give for the whole report held in memory.
 */
class StreamedReportsTest {
  private static final Path STORIES = Path.of("src/test/resources/eval/stories");

  @TempDir
  Path dir;

  @Test
  void streamedReportsEqualTheWholeReportWritten() throws IOException {
    Path json = dir.resolve("out/r.json");
    Path html = dir.resolve("out/r.html");
    Path sarif = dir.resolve("out/r.sarif");
    Run run = Run.of("check", STORIES.toString(), "--json", json.toString(), "--html", html.toString(), "--sarif",
        sarif.toString(), "--threads", "2", "--fail-on", "never", "--no-progress");
    assertThat(run.code()).as(run.err()).isZero();

    Crosscheck cc = TestCorpus.crosscheck();
    Corpus corpus = cc.scan(STORIES);
    List<StoryReport> stories = new ArrayList<>();
    corpus.stories().forEach(s -> stories.add(cc.check(s)));
    Report whole = Reports.assemble(corpus, stories, Version.get());
    assertThat(whole.stories()).hasSizeGreaterThan(10);
    assertThat(whole.summary().findings()).isGreaterThan(100);

    assertThat(read(json)).isEqualTo(CheckReport.write(whole));
    assertThat(read(html)).isEqualTo(HtmlReport.write(whole));
    assertThat(read(sarif)).isEqualTo(SarifReport.write(whole, cc.catalog(), CorpusUri.of(corpus.root()), null));
    try (Stream<Path> left = Files.list(json.getParent())) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("r.json", "r.html", "r.sarif");
    }
  }

  @Test
  void storyTextIsTheStoryAsTheReportHoldsIt() {
    Crosscheck cc = TestCorpus.crosscheck();
    Corpus corpus = cc.scan(STORIES);
    StoryReport story = cc.check(corpus.stories().get(0));
    Report one = Reports.assemble(corpus, List.of(story), "test");
    String whole = CheckReport.write(one);
    assertThat(whole).contains("\n    " + CheckReport.storyText(story) + "\n  ]");
  }

  @Test
  void summarizedStoriesGiveTheSameCountsAndFingerprints() {
    Crosscheck cc = TestCorpus.crosscheck();
    Corpus corpus = cc.scan(STORIES);
    List<StoryReport> full = new ArrayList<>();
    corpus.stories().forEach(s -> full.add(cc.check(s)));
    Report whole = Reports.assemble(corpus, full, "test");
    Report slim = Reports.assemble(corpus, full.stream().map(StoryReport::summarized).toList(), "test");
    assertThat(slim.summary()).isEqualTo(whole.summary());
    assertThat(slim.stories()).allSatisfy(s -> assertThat(s.articles()).isEmpty());
    assertThat(slim.stories().stream().flatMap(s -> s.findings().stream()))
        .allSatisfy(f -> assertThat(f.evidence()).hasSize(1));
    assertThat(dev.crosscheck.report.Baseline.write(slim, "t")).isEqualTo(dev.crosscheck.report.Baseline.write(whole, "t"));
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
