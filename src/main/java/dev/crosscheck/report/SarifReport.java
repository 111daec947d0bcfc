package dev.crosscheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.ExtractedArticle;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingValue;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.StoryReport;
import dev.crosscheck.rules.Rule;
import dev.crosscheck.rules.RuleCatalog;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SARIF 2.1.0 log of {@code crosscheck check --sarif FILE} (docs/CI.md): one run, the rule
 * catalog as {@code tool.driver.rules}, and one result per conflict, located at the evidence
 * sentences in the article files: the first evidence sentence is the result's location, the others
 * its related locations. Artifact URIs are relative to the corpus directory, under the base id
 * {@value #CORPUS}; regions are lines and columns (UTF-16 code units) of the file as decoded.
 * Articles read from JSON or JSONL files are located by file only (their offsets count in a JSON
 * text field, not in the file). Omissions and agreements are not results: they are no defect of
 * the file they would point at. The same report gives the same bytes.
 */
public final class SarifReport {
  public static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  public static final String CORPUS = "CORPUS";
  /** The key of the finding's fingerprint in {@code partialFingerprints} (see docs/CI.md). */
  public static final String FINGERPRINT_KEY = "crosscheckFinding/v1";

  private SarifReport() {}

  /**
   * The SARIF text of a report. {@code corpusUri} is where the corpus directory is, given relative to
   * {@code %SRCROOT%} (the directory crosscheck ran in; ends with "/"), or an absolute file URI;
   * {@code baseline}, when not null, sets each result's {@code baselineState}.
   */
  public static String write(Report report, RuleCatalog catalog, String corpusUri, Baseline.Comparison baseline) {
    Results results = new Results();
    report.stories().forEach(results::add);
    return results.write(report, catalog, corpusUri, baseline);
  }

  /**
   * The conflicts of a run, located in their article files story by story while the articles are at
   * hand; a story's articles are not kept. Serializable: the Spark job locates each story's conflicts
   * on an executor and puts them together on the driver.
   */
  public static final class Results implements Serializable {
    private static final long serialVersionUID = 1L;
    private final List<Located> located = new ArrayList<>();

    public void add(StoryReport story) {
      Map<String, Article> articles = new HashMap<>();
      for (ExtractedArticle a : story.articles()) {
        articles.put(a.article().source(), a.article());
      }
      for (Finding f : story.findings()) {
        if (f.kind() == Kind.CONFLICT) {
          located.add(new Located(f.summarized(), locations(f, articles)));
        }
      }
    }

    /** Adds the conflicts of {@code later}, which come after those added so far in the report's order. */
    public void addAll(Results later) {
      located.addAll(later.located);
    }

    /**
     * The SARIF text of {@code report}, whose conflicts are those {@link #add added}, in order; its
     * stories may be {@link StoryReport#summarized() summarized}.
     */
    public String write(Report report, RuleCatalog catalog, String corpusUri, Baseline.Comparison baseline) {
      return Json.write(json(report, catalog, corpusUri, baseline, located));
    }
  }

  /** A conflict with its locations: the first evidence sentence first, then the others. */
  private record Located(Finding finding, List<ObjectNode> locations) implements Serializable {}

  private static ObjectNode json(Report report, RuleCatalog catalog, String corpusUri, Baseline.Comparison baseline,
      List<Located> located) {
    ObjectNode root = Json.object();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "crosscheck");
    driver.put("version", report.toolVersion());
    Map<String, Integer> ruleIndex = new HashMap<>();
    ArrayNode rules = driver.putArray("rules");
    for (Rule r : catalog.rules()) {
      ruleIndex.put(r.id(), rules.size());
      rules.add(rule(r));
    }
    ObjectNode base = run.putObject("originalUriBaseIds").putObject(CORPUS);
    base.put("uri", corpusUri);
    if (!isAbsolute(corpusUri)) {
      base.put("uriBaseId", "%SRCROOT%");
    }
    base.putObject("description").put("text", "The corpus directory " + report.corpus() + ".");
    run.put("columnKind", "utf16CodeUnits");
    ArrayNode results = run.putArray("results");
    for (Located l : located) {
      results.add(result(l, ruleIndex.getOrDefault(l.finding().rule(), -1), baseline));
    }
    run.putObject("properties").put("corpus", report.corpus());
    return root;
  }

  private static ObjectNode rule(Rule r) {
    ObjectNode o = Json.object();
    o.put("id", r.id());
    o.put("name", r.name());
    String description = oneLine(r.description());
    o.putObject("shortDescription").put("text", firstSentence(description));
    o.putObject("fullDescription").put("text", description);
    o.putObject("help").put("text", description + (r.example().isBlank() ? "" : " Example: " + oneLine(r.example())));
    o.putObject("defaultConfiguration").put("level", level(r.severity().label()));
    ObjectNode properties = o.putObject("properties");
    properties.put("kind", r.kind().label());
    properties.putArray("tags").add("crosscheck").add(r.kind().label());
    return o;
  }

  private static List<ObjectNode> locations(Finding f, Map<String, Article> articles) {
    List<ObjectNode> out = new ArrayList<>();
    for (Evidence e : new LinkedHashSet<>(f.evidence())) {
      out.add(location(e, articles.get(e.source()), f));
    }
    return out;
  }

  private static ObjectNode result(Located l, int ruleIndex, Baseline.Comparison baseline) {
    Finding f = l.finding();
    ObjectNode o = Json.object();
    o.put("ruleId", f.rule());
    if (ruleIndex >= 0) {
      o.put("ruleIndex", ruleIndex);
    }
    o.put("level", level(f.severity().label()));
    o.putObject("message").put("text", f.message());
    ArrayNode locations = o.putArray("locations");
    ArrayNode related = null;
    int id = 0;
    for (ObjectNode loc : l.locations()) {
      if (id == 0) {
        locations.add(loc);
      } else {
        if (related == null) {
          related = Json.object().arrayNode();
        }
        ObjectNode numbered = loc.deepCopy();
        numbered.put("id", id);
        related.add(numbered);
      }
      id++;
    }
    if (related != null) {
      o.set("relatedLocations", related);
    }
    o.putObject("partialFingerprints").put(FINGERPRINT_KEY, Baseline.fingerprint(f));
    if (baseline != null) {
      o.put("baselineState", baseline.isNew(f) ? "new" : "unchanged");
    }
    ObjectNode properties = o.putObject("properties");
    properties.put("findingId", f.id());
    properties.put("story", f.story());
    properties.put("kind", f.kind().label());
    properties.put("topic", f.topic());
    ArrayNode values = properties.putArray("values");
    ReportJson.values(values, f.values());
    return o;
  }

  private static ObjectNode location(Evidence e, Article article, Finding f) {
    ObjectNode loc = Json.object();
    ObjectNode physical = loc.putObject("physicalLocation");
    ObjectNode artifact = physical.putObject("artifactLocation");
    String value = valueOf(f, e.source());
    String what = "source " + e.source() + (value.isEmpty() ? "" : ": " + value);
    if (article == null) {
      artifact.put("uri", uri(e.source()));
      artifact.put("uriBaseId", CORPUS);
      loc.putObject("message").put("text", what);
      return loc;
    }
    artifact.put("uri", uri(article.file()));
    artifact.put("uriBaseId", CORPUS);
    if (isJson(article.file())) {
      loc.putObject("message").put("text", what + " (characters " + e.start() + " to " + e.end()
          + " of the article's text field)");
      return loc;
    }
    Region r = Region.of(article.original(), e.start(), e.end());
    ObjectNode region = physical.putObject("region");
    region.put("startLine", r.startLine());
    region.put("startColumn", r.startColumn());
    region.put("endLine", r.endLine());
    region.put("endColumn", r.endColumn());
    region.putObject("snippet").put("text", e.text());
    loc.putObject("message").put("text", what);
    return loc;
  }

  /** The values the source gives in the finding, as written ("about 30,000 troops"). */
  private static String valueOf(Finding f, String source) {
    StringBuilder b = new StringBuilder();
    for (FindingValue v : f.values()) {
      if (v.sources().contains(source)) {
        if (b.length() > 0) {
          b.append("; ");
        }
        b.append('"').append(v.text()).append('"');
      }
    }
    return b.toString();
  }

  /** Lines and columns (1-based, UTF-16 code units; "\r\n" and "\n" end a line) of a half-open range. */
  record Region(int startLine, int startColumn, int endLine, int endColumn) {
    static Region of(String text, int start, int end) {
      int s = Math.min(Math.max(0, start), text.length());
      int e = Math.min(Math.max(s, end), text.length());
      int[] first = position(text, s);
      if (e == s) {
        return new Region(first[0], first[1], first[0], first[1]);
      }
      int[] last = position(text, e - 1);
      return new Region(first[0], first[1], last[0], last[1] + 1);
    }

    /** Line and column of the character at {@code offset}. */
    private static int[] position(String text, int offset) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset; i++) {
        if (text.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      return new int[] {line, offset - lineStart + 1};
    }
  }

  /** A relative path as a relative URI reference: percent-encoded, "/" between segments. */
  public static String uri(String relativePath) {
    try {
      String encoded = new URI(null, null, relativePath.replace('\\', '/'), null).toASCIIString();
      int colon = encoded.indexOf(':');
      int slash = encoded.indexOf('/');
      return colon >= 0 && (slash < 0 || colon < slash) ? "./" + encoded : encoded;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a path: " + relativePath, e);
    }
  }

  private static boolean isAbsolute(String uri) {
    return uri.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
  }

  private static boolean isJson(String file) {
    String lower = file.toLowerCase(Locale.ROOT);
    return lower.endsWith(".json") || lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
  }

  private static String level(String severity) {
    return switch (severity) {
      case "error" -> "error";
      case "warning" -> "warning";
      default -> "note";
    };
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
  }

  private static String firstSentence(String text) {
    int end = text.indexOf(". ");
    return end < 0 ? text : text.substring(0, end + 1);
  }
}
