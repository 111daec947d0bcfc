package dev.crosscheck.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.StoryReport;
import dev.crosscheck.report.html.HtmlEscape;
import dev.crosscheck.report.html.HtmlView;
import dev.crosscheck.report.html.SourceKeys;
import dev.crosscheck.report.html.ViewBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * The HTML report of {@code crosscheck check}: one self-contained page (inline CSS and JS, no
 * network) for a reader: conflicts, the omission and agreement matrices, and every source's text
 * with links from findings to their sentences. Rendered by the Mustache templates in
 * {@code crosscheck/html/} from the view {@link ViewBuilder} prepares; every text from the articles
 * goes through Mustache's HTML escaping. The same report gives byte-identical HTML.
 */
public final class HtmlReport {
  private static final String DIR = "crosscheck/html";
  private static final DefaultMustacheFactory TEMPLATES = new DefaultMustacheFactory(DIR) {
    @Override
    public void encode(String value, Writer writer) {
      HtmlEscape.escape(value, writer);
    }
  };
  private static final Mustache HEAD = TEMPLATES.compile("report-head.mustache");
  private static final Mustache STORY = TEMPLATES.compile("story.mustache");
  private static final Mustache TAIL = TEMPLATES.compile("report-tail.mustache");
  private static final ViewBuilder.Assets ASSETS = assets();

  private HtmlReport() {}

  public static String write(Report report) {
    StringWriter out = new StringWriter();
    try {
      write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The same page as {@link #write(Report)}, written to {@code out}. */
  public static void write(Report report, Writer out) throws IOException {
    Stories stories = new Stories();
    StringWriter body = new StringWriter();
    for (StoryReport story : report.stories()) {
      stories.write(story, body);
    }
    stories.finish(report, new StringReader(body.toString()), out);
  }

  /**
   * Writes a page story by story: each story's section as soon as the story is done, then, when all
   * are, the page around them. {@code write(report, out)} gives the same bytes.
   */
  public static final class Stories {
    private final SourceKeys keys = new SourceKeys();
    private int count;

    /** Renders the next story's section to {@code out}. */
    public void write(StoryReport story, Writer out) throws IOException {
      STORY.execute(out, ViewBuilder.story(story, ++count, keys));
      out.write("\n");
    }

    /**
     * Writes the page to {@code out}: header, {@code sections} (what {@link #write(StoryReport, Writer)}
     * rendered, in order) and footer. {@code report}'s stories may be {@link StoryReport#summarized()
     * summarized}.
     */
    public void finish(Report report, Reader sections, Writer out) throws IOException {
      HtmlView page = ViewBuilder.page(report, keys, List.of(), ASSETS);
      HEAD.execute(out, page);
      sections.transferTo(out);
      TAIL.execute(out, page);
      out.flush();
    }

    /**
     * The same page as {@link #finish(Report, Reader, Writer)}, in UTF-8: {@code sections} holds the
     * sections in UTF-8 and is copied byte for byte, never decoded.
     */
    public void finish(Report report, InputStream sections, OutputStream out) throws IOException {
      HtmlView page = ViewBuilder.page(report, keys, List.of(), ASSETS);
      Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder());
      HEAD.execute(text, page);
      text.flush();
      sections.transferTo(out);
      TAIL.execute(text, page);
      text.flush();
    }
  }

  private static ViewBuilder.Assets assets() {
    String css = resource("report.css").strip();
    String js = resource("report.js").strip();
    if (css.toLowerCase(java.util.Locale.ROOT).contains("</style") || js.toLowerCase(java.util.Locale.ROOT)
        .contains("</script")) {
      throw new IllegalStateException("report.css or report.js closes its own element");
    }
    // Only this script may run: an injected script or event handler would be refused even if it got through.
    String csp = "default-src 'none'; style-src 'unsafe-inline'; script-src '" + sha256(js)
        + "'; img-src data:; base-uri 'none'; form-action 'none'";
    return new ViewBuilder.Assets(css, js, csp);
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(DIR + "/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DIR + "/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String s) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
