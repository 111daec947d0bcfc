package dev.crosscheck.cli;

import dev.crosscheck.model.Report;
import dev.crosscheck.model.StoryReport;
import dev.crosscheck.report.Baseline;
import dev.crosscheck.report.CheckReport;
import dev.crosscheck.report.HtmlReport;
import dev.crosscheck.report.SarifReport;
import dev.crosscheck.rules.RuleCatalog;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The reports of a run, made story by story: each story, once checked, is rendered into the JSON and
 * HTML spools and its conflicts are located for SARIF; then the run keeps only its summary. When
 * every story is done, each report is put together around its spool, with the same bytes as the
 * report writers give for the whole report at once.
 */
final class StreamedReports implements AutoCloseable {
  /** Ends each story's text in the JSON spool; JSON text never holds a raw NUL. */
  private static final char END = '\0';

  private final Spool json;
  private final Spool html;
  private final HtmlReport.Stories htmlStories = new HtmlReport.Stories();
  private final SarifReport.Results sarif;

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
        json.writer().write(CheckReport.storyText(story));
        json.writer().write(END);
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
  }

  /** The JSON report; {@code report} holds the run's summarized stories. */
  void writeJson(Report report, Writer out) throws IOException {
    try (Reader in = json.reader()) {
      CheckReport.write(report, texts(in), out);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  void writeHtml(Report report, Writer out) throws IOException {
    try (Reader in = html.reader()) {
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

  /** The story texts of the JSON spool, one at a time. */
  private static Iterator<String> texts(Reader in) {
    return new Iterator<>() {
      private final char[] buffer = new char[1 << 16];
      private int pos;
      private int len;
      private String next = read();

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public String next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        String text = next;
        next = read();
        return text;
      }

      /** The text up to the next END, or null at the end of the spool. */
      private String read() {
        StringBuilder b = new StringBuilder();
        try {
          while (true) {
            if (pos == len) {
              len = in.read(buffer);
              pos = 0;
              if (len < 0) {
                len = 0;
                return null;
              }
            }
            int start = pos;
            while (pos < len && buffer[pos] != END) {
              pos++;
            }
            b.append(buffer, start, pos - start);
            if (pos < len) {
              pos++;
              return b.toString();
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }
}
