package dev.crosscheck.cli;

import dev.crosscheck.model.Report;
import dev.crosscheck.model.StoryReport;
import dev.crosscheck.report.Baseline;
import dev.crosscheck.report.CheckReport;
import dev.crosscheck.report.HtmlReport;
import dev.crosscheck.report.SarifReport;
import dev.crosscheck.rules.RuleCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The reports of a run, made story by story: each story, once checked, is rendered into the JSON and
 * HTML spools and its conflicts are located for SARIF; then the run keeps only its summary. When
 * every story is done, each report is put together around its spool, copied byte for byte, with the
 * same bytes as the report writers give for the whole report at once.
 */
final class StreamedReports implements AutoCloseable {
  private final Spool json;
  private final Spool html;
  private final HtmlReport.Stories htmlStories = new HtmlReport.Stories();
  private final SarifReport.Results sarif;
  private boolean anyStory;

  StreamedReports(Path jsonTarget, Path htmlTarget, boolean withSarif) {
    json = jsonTarget == null ? null : new Spool(jsonTarget);
    Spool h = null;
    try {
      h = htmlTarget == null ? null : new Spool(htmlTarget);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
    html = h;
    sarif = withSarif ? new SarifReport.Results() : null;
  }

  /** Takes the next story, in the order of the report. */
  void add(StoryReport story) {
    if (json != null) {
      try {
        if (anyStory) {
          json.writer().write(CheckReport.STORY_SEPARATOR);
        }
        json.writer().write(CheckReport.storyText(story));
      } catch (IOException e) {
        throw json.failed(e);
      }
    }
    if (html != null) {
      try {
        htmlStories.write(story, html.writer());
      } catch (IOException e) {
        throw html.failed(e);
      }
    }
    if (sarif != null) {
      sarif.add(story);
    }
    anyStory = true;
  }

  /** The JSON report; {@code report} holds the run's summarized stories. */
  void writeJson(Report report, OutputStream out) throws IOException {
    try (InputStream in = json.bytes()) {
      CheckReport.write(report, in, out);
    }
  }

  void writeHtml(Report report, OutputStream out) throws IOException {
    try (InputStream in = html.bytes()) {
      htmlStories.finish(report, in, out);
    }
  }

  String sarif(Report report, RuleCatalog catalog, String corpusUri, Baseline.Comparison baseline) {
    return sarif.write(report, catalog, corpusUri, baseline);
  }

  @Override
  public void close() {
    if (json != null) {
      json.close();
    }
    if (html != null) {
      html.close();
    }
  }
}
