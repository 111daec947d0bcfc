package dev.crosscheck.cli;

import dev.crosscheck.ci.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files crosscheck wrote inside a corpus (reports/ after {@code crosscheck check .}, a SARIF log or a
 * baseline, extract output) are not read as articles by the next run, whatever their names.
 */
class OwnOutputTest {
  @TempDir
  Path tmp;

  /** A story of three articles: a text file, an HTML page and a JSON article. */
  private Path corpus() throws IOException {
    Path news = Files.createDirectories(tmp.resolve("news"));
    Files.writeString(news.resolve("a.txt"), "Officials said 40 people were hurt in the flood on Monday.\n");
    Files.writeString(news.resolve("b.html"), "<html><head><meta name=\"generator\" content=\"WordPress 6.4\">"
        + "<title>Flood</title></head><body><article><p>Officials said 45 people were hurt in the flood on Monday."
        + "</p></article></body></html>\n");
    Files.writeString(news.resolve("c.json"), "{\"title\": \"Flood\", \"maintext\": \"Officials said 40 people were "
        + "hurt in the flood on Monday.\"}\n");
    return news;
  }

  private static Run run(String... args) {
    Run r = Run.of(args);
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
    return r;
  }

  @Test
  void aSecondRunDoesNotReadTheFirstRunsOutputsInTheCorpus() throws IOException {
    Path news = corpus();
    Path reports = news.resolve("reports");
    String[] check = {"check", news.toString(), "--fail-on", "never", "--json", reports.resolve("news.json").toString(),
        "--html", reports.resolve("news.html").toString(), "--sarif", reports.resolve("news.sarif.json").toString(),
        "--write-baseline", news.resolve("baseline.json").toString()};
    run(check);
    String json = Files.readString(reports.resolve("news.json"));
    String sarif = Files.readString(reports.resolve("news.sarif.json"));
    String baseline = Files.readString(news.resolve("baseline.json"));
    assertThat(new ObjectMapper().readTree(json).at("/summary/sources").asInt()).isEqualTo(3);
    run("extract", news.toString(), "--json", news.resolve("claims.json").toString());

    Run second = run(check);
    assertThat(second.out()).startsWith("news: 1 story, 3 sources\n");
    assertThat(reports.resolve("news.json")).hasContent(json);
    assertThat(reports.resolve("news.sarif.json")).hasContent(sarif);
    assertThat(news.resolve("baseline.json")).hasContent(baseline);
  }

  @Test
  void aReportGivenAsTheCorpusIsRefused() throws IOException {
    Path news = corpus();
    Path report = tmp.resolve("news.json");
    run("check", news.toString(), "--fail-on", "never", "--json", report.toString());
    Run r = Run.of("check", report.toString(), "--json", tmp.resolve("again.json").toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err().strip()).isEqualTo("crosscheck: not a corpus: " + report
        + " was written by crosscheck (a report, SARIF log, baseline or extract output)");
  }
}
