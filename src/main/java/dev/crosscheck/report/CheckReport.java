package dev.crosscheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.model.Comparison;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.ProcessingError;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.Severity;
import dev.crosscheck.model.SourceInfo;
import dev.crosscheck.model.StoryGrouping;
import dev.crosscheck.model.StoryReport;
import dev.crosscheck.model.Summary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * The JSON report of {@code crosscheck check}: a public interface, described by
 * docs/report.schema.json (schema version {@value #SCHEMA_VERSION}) and docs/JSON.md.
 */
public final class CheckReport {
  public static final String SCHEMA_VERSION = "1.4";
  /** The indent of a story's lines in the report: two levels of two spaces. */
  private static final String STORY_INDENT = "    ";
  /** What comes between two stories' {@link #storyText} texts in the report. */
  public static final String STORY_SEPARATOR = ",\n" + STORY_INDENT;
  private static final ObjectWriter STORY_WRITER = Json.indentedWriter(STORY_INDENT);
  /** Stands for the stories while the rest of the report is written; escaped wherever JSON holds text. */
  private static final String STORIES_MARK = "\0";

  private CheckReport() {}

  public static String write(Report report) {
    return Json.write(json(report));
  }

  /** The same text as {@link #write(Report)}, written to {@code out}. */
  public static void write(Report report, Writer out) throws IOException {
    Json.write(json(report), out);
  }

  /**
   * A story as the report's {@code "stories"} array holds it: the JSON text {@link #write(Report)}
   * gives it there, indented for that place, without the line break before it.
   */
  public static String storyText(StoryReport story) {
    try {
      return STORY_WRITER.writeValueAsString(story(story));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the report, in UTF-8, around {@code joinedStories}: the UTF-8 bytes of its stories'
   * {@link #storyText} texts, in order, joined by {@link #STORY_SEPARATOR}, copied byte for byte.
   * The same bytes as {@link #write(Report, Writer)} when they are the texts of {@code report}'s
   * stories. Only the counts and errors of {@code report} are read, so its stories may be {@link
   * StoryReport#summarized() summarized}.
   */
  public static void write(Report report, InputStream joinedStories, OutputStream out) throws IOException {
    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder());
    if (report.stories().isEmpty()) {
      write(report, Collections.emptyIterator(), text);
      text.flush();
      return;
    }
    StringWriter whole = new StringWriter();
    write(report, List.of(STORIES_MARK).iterator(), whole);
    String around = whole.toString();
    int mark = around.indexOf(STORIES_MARK);
    text.write(around, 0, mark);
    text.flush();
    joinedStories.transferTo(out);
    text.write(around, mark + STORIES_MARK.length(), around.length() - mark - STORIES_MARK.length());
    text.flush();
  }

  /** The report with its stories given as {@link #storyText} texts, in order. */
  private static void write(Report report, Iterator<String> storyTexts, Writer out) throws IOException {
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeStringField("schemaVersion", SCHEMA_VERSION);
      g.writeObjectFieldStart("tool");
      g.writeStringField("name", "crosscheck");
      g.writeStringField("version", report.toolVersion());
      g.writeEndObject();
      g.writeStringField("corpus", report.corpus());
      g.writeFieldName("summary");
      g.writeTree(summary(report.summary()));
      g.writeArrayFieldStart("stories");
      while (storyTexts.hasNext()) {
        g.writeRawValue(storyTexts.next());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("errors");
      for (var e : report.errors()) {
        g.writeTree(ReportJson.error(e));
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write("\n");
  }

  public static ObjectNode json(Report report) {
    ObjectNode root = Json.object();
    root.put("schemaVersion", SCHEMA_VERSION);
    ObjectNode tool = root.putObject("tool");
    tool.put("name", "crosscheck");
    tool.put("version", report.toolVersion());
    root.put("corpus", report.corpus());
    root.set("summary", summary(report.summary()));
    ArrayNode stories = root.putArray("stories");
    for (StoryReport s : report.stories()) {
      stories.add(story(s));
    }
    ArrayNode errors = root.putArray("errors");
    report.errors().forEach(e -> errors.add(error(e)));
    return root;
  }

  /** The {@code summary} object of the report. */
  public static ObjectNode summary(Summary s) {
    ObjectNode o = Json.object();
    o.put("stories", s.stories());
    o.put("sources", s.sources());
    o.put("findings", s.findings());
    ObjectNode kinds = o.putObject("byKind");
    for (Kind k : Kind.values()) {
      kinds.put(k.label(), s.count(k));
    }
    ObjectNode severities = o.putObject("bySeverity");
    for (Severity v : Severity.values()) {
      severities.put(v.label(), s.count(v));
    }
    o.put("errors", s.errors());
    o.put("notes", s.notes());
    return o;
  }

  /** One element of the report's {@code stories} array. */
  public static ObjectNode story(StoryReport s) {
    ObjectNode o = Json.object();
    o.put("id", s.id());
    o.put("note", s.note());
    if (s.grouping() != null) {
      o.set("grouping", grouping(s.grouping()));
    }
    ArrayNode sources = o.putArray("sources");
    for (SourceInfo src : s.sources()) {
      ObjectNode x = sources.addObject();
      x.put("id", src.id());
      x.put("file", src.file());
      x.put("title", src.title());
      x.put("outlet", src.outlet());
      x.put("url", src.url());
      x.put("published", src.published());
      x.put("words", src.words());
      x.put("claims", src.claims());
    }
    ArrayNode findings = o.putArray("findings");
    for (Finding f : s.findings()) {
      findings.add(finding(f));
    }
    return o;
  }

  /** One element of the report's {@code errors} array. */
  public static ObjectNode error(ProcessingError e) {
    return ReportJson.error(e);
  }

  /** How a story's articles were grouped, when not by the corpus's folders (schema 1.1). */
  static ObjectNode grouping(StoryGrouping g) {
    ObjectNode o = Json.object();
    o.put("by", g.by());
    if (g.by().equals("auto")) {
      ArrayNode terms = o.putArray("terms");
      g.terms().forEach(terms::add);
      o.put("cohesion", g.cohesion());
    }
    return o;
  }

  static ObjectNode finding(Finding f) {
    ObjectNode o = Json.object();
    o.put("id", f.id());
    o.put("rule", f.rule());
    o.put("kind", f.kind().label());
    o.put("severity", f.severity().label());
    o.put("topic", f.topic());
    o.put("message", f.message());
    o.put("salience", f.salience());
    ArrayNode values = o.putArray("values");
    ReportJson.values(values, f.values());
    ArrayNode reported = o.putArray("reportedBy");
    f.reportedBy().forEach(reported::add);
    ArrayNode omitted = o.putArray("omittedBy");
    f.omittedBy().forEach(omitted::add);
    if (!f.notYetReportedBy().isEmpty()) {
      f.notYetReportedBy().forEach(o.putArray("notYetReportedBy")::add);
    }
    if (f.update()) {
      o.put("update", true);
    }
    ArrayNode evidence = o.putArray("evidence");
    for (Evidence e : f.evidence()) {
      evidence.add(ValueJson.evidence(e));
    }
    if (!f.comparisons().isEmpty()) {
      ArrayNode comparisons = o.putArray("comparisons");
      for (Comparison c : f.comparisons()) {
        ObjectNode n = comparisons.addObject();
        n.putArray("evidence").add(c.first()).add(c.second());
        n.put("similarity", c.similarity());
        c.anchors().forEach(n.putArray("anchors")::add);
      }
    }
    return o;
  }
}
