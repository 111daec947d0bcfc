package dev.crosscheck.report.html;

import dev.crosscheck.model.CleanText.TextRange;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.ExtractedArticle;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingValue;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.ProcessingError;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.Severity;
import dev.crosscheck.model.SourceInfo;
import dev.crosscheck.model.StoryReport;
import dev.crosscheck.model.Summary;
import dev.crosscheck.report.html.ArticleView.BackRef;
import dev.crosscheck.report.html.ArticleView.Paragraph;
import dev.crosscheck.report.html.ArticleView.Piece;
import dev.crosscheck.report.html.FindingView.EvidenceView;
import dev.crosscheck.report.html.FindingView.ValueView;
import dev.crosscheck.report.html.HtmlView.ErrorView;
import dev.crosscheck.report.html.HtmlView.FilterOption;
import dev.crosscheck.report.html.HtmlView.SummaryView;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Turns a finished report into the view the HTML template renders. Pure and deterministic. */
public final class ViewBuilder {
  private ViewBuilder() {}

  /** The report's own assets: stylesheet, script and the Content-Security-Policy that allows them. */
  public record Assets(String css, String js, String csp) {}

  /** The whole page's view, stories included. */
  public static HtmlView build(Report report, Assets assets) {
    SourceKeys keys = new SourceKeys();
    List<StoryView> stories = new ArrayList<>();
    for (StoryReport story : report.stories()) {
      stories.add(story(story, stories.size() + 1, keys));
    }
    return page(report, keys, stories, assets);
  }

  /**
   * The page around the stories: header, counts, source filter and input problems. {@code report}
   * may hold {@link StoryReport#summarized() summarized} stories; {@code keys} must have seen every
   * story, through {@link #story}.
   */
  public static HtmlView page(Report report, SourceKeys keys, List<StoryView> stories, Assets assets) {
    Summary s = report.summary();
    SummaryView summary = new SummaryView(s.stories(), s.sources(), s.findings(), s.count(Kind.CONFLICT),
        s.count(Kind.OMISSION), s.count(Kind.AGREEMENT), s.count(Severity.ERROR), s.count(Severity.WARNING),
        s.count(Severity.NOTE), s.errors(), s.notes());
    List<ErrorView> errors = new ArrayList<>();
    for (ProcessingError e : report.errors()) {
      errors.add(new ErrorView(e.story(), e.source(), e.what(), e.where(), e.severity()));
    }
    return new HtmlView(report.corpus(), report.toolVersion(), lede(summary), summary, keys.filters(), stories,
        errors, assets.css(), assets.js(), assets.csp());
  }

  private static String lede(SummaryView s) {
    return String.format(Locale.ROOT, "%s and %s compared: %s, %s, %s.", count(s.stories(), "story", "stories"),
        count(s.sources(), "source", "sources"), count(s.conflicts(), "conflict", "conflicts"),
        count(s.omissions(), "omission", "omissions"), count(s.agreements(), "agreement", "agreements"));
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  static String displayName(SourceInfo src) {
    return src.outlet().isBlank() ? src.id() : src.outlet();
  }

  /** "A" to "Z", then "A2" to "Z2", and so on. */
  static String tag(int index) {
    String letter = String.valueOf((char) ('A' + index % 26));
    return index < 26 ? letter : letter + (index / 26 + 1);
  }

  /** The address if it is an absolute http or https URL with a host, else "". */
  static String safeUrl(String url) {
    if (url == null || url.isBlank()) {
      return "";
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme();
      if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          && uri.getHost() != null && !uri.getHost().isEmpty()) {
        return uri.toString();
      }
    } catch (URISyntaxException e) {
      // not a usable address: shown as text only
    }
    return "";
  }

  /** An id attribute safe in HTML and in a URL fragment. */
  static String anchorPart(String s) {
    return s.replaceAll("[^A-Za-z0-9_-]", "-");
  }

  /** The view of the {@code n}th story (from 1) of the report; its sources get their filter keys. */
  public static StoryView story(StoryReport story, int n, SourceKeys keys) {
    StoryContext ctx = new StoryContext(story, "s" + n, keys);
    List<SourceView> sources = new ArrayList<>();
    for (SourceInfo src : story.sources()) {
      SourceRef ref = ctx.ref(src.id());
      sources.add(new SourceView(ref, src.file(), src.title(), src.outlet(), safeUrl(src.url()), src.published(),
          src.words(), src.claims()));
    }
    List<FindingView> conflicts = new ArrayList<>();
    for (Finding f : ctx.conflicts) {
      conflicts.add(ctx.view(f));
    }
    MatrixView omissions = ctx.matrix(ctx.omissions);
    MatrixView agreements = ctx.matrix(ctx.agreements);
    List<ArticleView> articles = new ArrayList<>();
    for (SourceInfo src : story.sources()) {
      ArticleIndex idx = ctx.indexes.get(src.id());
      if (idx != null) {
        articles.add(ctx.article(src, idx));
      }
    }
    return new StoryView(story.id(), ctx.prefix, story.note(), sources, conflicts, omissions, agreements, articles,
        GroupingText.of(story.grouping()));
  }

  /** What building one story needs: source refs, article indexes, labels, and the sentences findings cite. */
  private static final class StoryContext {
    final String prefix;
    final Map<String, SourceRef> refs = new LinkedHashMap<>();
    final Map<String, ArticleIndex> indexes = new LinkedHashMap<>();
    final List<Finding> conflicts;
    final List<Finding> omissions;
    final List<Finding> agreements;
    final Map<Finding, String> labels = new LinkedHashMap<>();
    final Map<String, Targets> targets = new LinkedHashMap<>();
    /** By source: the values findings use in its text, each linking to the finding, conflicts first. */
    final Map<String, List<Segments.Mark>> valueMarks = new LinkedHashMap<>();

    StoryContext(StoryReport story, String prefix, SourceKeys keys) {
      this.prefix = prefix;
      int i = 0;
      for (SourceInfo src : story.sources()) {
        String tag = tag(i++);
        refs.put(src.id(), new SourceRef(src.id(), tag, displayName(src), keys.key(src.id(), displayName(src)),
            prefix + "-" + tag));
      }
      for (ExtractedArticle a : story.articles()) {
        indexes.put(a.article().source(), new ArticleIndex(a));
      }
      conflicts = story.findings().stream().filter(f -> f.kind() == Kind.CONFLICT)
          .sorted(Comparator.comparing(Finding::severity)).toList();
      omissions = story.findings().stream().filter(f -> f.kind() == Kind.OMISSION).toList(); // in reading order
      agreements = story.findings().stream().filter(f -> f.kind() == Kind.AGREEMENT).toList();
      label(conflicts, "C");
      label(omissions, "O");
      label(agreements, "A");
      for (List<Finding> list : List.of(conflicts, omissions, agreements)) {
        for (Finding f : list) {
          for (Evidence e : f.evidence()) {
            ArticleIndex idx = indexes.get(e.source());
            if (idx != null) {
              BackRef ref = new BackRef("#" + anchor(f), labels.get(f), f.kind().label(), f.topic());
              targets.computeIfAbsent(e.source(), k -> new Targets()).add(idx.sentence(e), ref);
              for (TextRange r : Highlighter.inText(idx, e, relevant(f, e))) {
                valueMarks.computeIfAbsent(e.source(), k -> new ArrayList<>())
                    .add(new Segments.Mark(r, ref.href(), ref.kind(), ref.label() + " " + ref.topic()));
              }
            }
          }
        }
      }
      targets.values().forEach(Targets::resolve);
    }

    private void label(List<Finding> list, String letter) {
      int i = 1;
      for (Finding f : list) {
        labels.put(f, letter + i++);
      }
    }

    String anchor(Finding f) {
      return prefix + "-" + anchorPart(f.id());
    }

    SourceRef ref(String source) {
      return refs.computeIfAbsent(source, s -> new SourceRef(s, "?", s, "", ""));
    }

    /** The anchor of the cited sentence at {@code range} of {@code source}'s clean text. */
    String sentenceAnchor(String source, TextRange range) {
      Targets t = targets.get(source);
      TextRange kept = t == null ? range : t.canonical(range);
      return ref(source).textAnchor() + "-" + kept.start();
    }

    FindingView view(Finding f) {
      List<ValueView> values = new ArrayList<>();
      for (FindingValue v : f.values()) {
        values.add(new ValueView(v.text(), v.normalized(), v.sources().stream().map(this::ref).toList()));
      }
      List<EvidenceView> evidence = new ArrayList<>();
      for (Evidence e : f.evidence()) {
        ArticleIndex idx = indexes.get(e.source());
        if (idx == null) {
          evidence.add(new EvidenceView(ref(e.source()), Segments.of(e.text(), 0, textMarks(e.text(), relevant(f, e))),
              ""));
        } else {
          TextRange r = idx.sentence(e);
          evidence.add(new EvidenceView(ref(e.source()), Highlighter.evidence(idx, e, relevant(f, e)),
              "#" + sentenceAnchor(e.source(), r)));
        }
      }
      List<SourceRef> reported = f.reportedBy().stream().map(this::ref).toList();
      List<SourceRef> omitted = f.omittedBy().stream().map(this::ref).toList();
      List<FindingView.ComparisonView> comparisons = new ArrayList<>();
      for (var c : f.comparisons()) {
        comparisons.add(new FindingView.ComparisonView(evidence.get(c.first()), evidence.get(c.second()),
            String.format(Locale.ROOT, "%.2f", c.similarity()),
            c.anchors().stream().map(a -> a.replace("~", " ~ ")).collect(Collectors.joining(", "))));
      }
      return new FindingView(f.id(), anchor(f), labels.get(f), f.kind().label(), f.severity().label(), f.rule(),
          f.topic(), f.message(), String.format(Locale.ROOT, "%.2f", f.salience()), values, evidence, reported,
          omitted, keys(reported), keys(omitted), comparisons, f.update());
    }

    private static String keys(List<SourceRef> refs) {
      return refs.stream().map(SourceRef::key).filter(k -> !k.isEmpty()).distinct().collect(Collectors.joining(" "));
    }

    MatrixView matrix(List<Finding> findings) {
      List<SourceRef> columns = new ArrayList<>(refs.values());
      List<MatrixView.Row> rows = new ArrayList<>();
      for (Finding f : findings) {
        FindingView view = view(f);
        Map<String, Finding> conflicting = Matrix.conflicting(f, conflicts);
        List<MatrixView.Cell> cells = new ArrayList<>();
        for (SourceRef col : columns) {
          cells.add(cell(f, col, conflicting.get(col.id())));
        }
        rows.add(new MatrixView.Row(view, cells, (int) Math.round(Math.max(0, Math.min(1, f.salience())) * 100)));
      }
      return new MatrixView(columns, rows);
    }

    private MatrixView.Cell cell(Finding f, SourceRef col, Finding conflict) {
      if (conflict != null) {
        return new MatrixView.Cell(MatrixView.State.CONFLICTING, col.tag(),
            col.name() + " gives a conflicting value: see " + labels.get(conflict) + ", " + conflict.topic(),
            "#" + anchor(conflict));
      }
      FindingValue given = f.values().stream().filter(v -> v.sources().contains(col.id())).findFirst().orElse(null);
      if (given != null || f.reportedBy().contains(col.id())) {
        String href = "";
        for (Evidence e : f.evidence()) {
          ArticleIndex idx = indexes.get(e.source());
          if (e.source().equals(col.id()) && idx != null) {
            href = "#" + sentenceAnchor(e.source(), idx.sentence(e));
            break;
          }
        }
        return new MatrixView.Cell(MatrixView.State.REPORTED, col.tag(),
            col.name() + " reports " + (given == null ? "it" : "“" + given.text().strip() + "”"), href);
      }
      if (f.notYetReportedBy().contains(col.id())) {
        return new MatrixView.Cell(MatrixView.State.NOT_YET, col.tag(),
            col.name() + " was published before the event and could not report it yet", "");
      }
      return new MatrixView.Cell(MatrixView.State.OMITTED, col.tag(), col.name() + " does not report this", "");
    }

    ArticleView article(SourceInfo src, ArticleIndex idx) {
      SourceRef ref = ref(src.id());
      Targets t = targets.getOrDefault(src.id(), new Targets());
      List<Paragraph> paragraphs = TextPieces.paragraphs(idx, t.kept(), valueMarks.getOrDefault(src.id(), List.of()),
          range -> sentenceAnchor(src.id(), range));
      return new ArticleView(ref, src.title(), safeUrl(src.url()), paragraphs);
    }
  }

  /** The finding's values that the evidence's source gives (all of them when it gives none). */
  static List<FindingValue> relevant(Finding f, Evidence e) {
    List<FindingValue> out = f.values().stream().filter(v -> v.sources().contains(e.source())).toList();
    return out.isEmpty() ? f.values() : out;
  }

  static List<TextRange> textMarks(String text, List<FindingValue> values) {
    List<TextRange> out = new ArrayList<>();
    for (FindingValue v : values) {
      out.addAll(Segments.find(text, v.text()));
    }
    return out;
  }

  /** The sentences of one source that findings cite, with the findings citing each; overlapping ones joined. */
  static final class Targets {
    private final Map<TextRange, List<BackRef>> refs = new LinkedHashMap<>();
    private final Map<TextRange, TextRange> canonical = new LinkedHashMap<>();
    private final Map<TextRange, List<BackRef>> kept = new TreeMap<>(
        Comparator.comparingInt(TextRange::start).thenComparingInt(TextRange::end));

    void add(TextRange range, BackRef ref) {
      List<BackRef> list = refs.computeIfAbsent(range, r -> new ArrayList<>());
      if (!list.contains(ref)) {
        list.add(ref);
      }
    }

    /** Keeps the earliest (then longest) of overlapping sentences; the others point to it. */
    void resolve() {
      List<TextRange> ranges = new ArrayList<>(refs.keySet());
      ranges.sort(Comparator.comparingInt(TextRange::start).thenComparing(TextRange::end, Comparator.reverseOrder()));
      TextRange last = null;
      for (TextRange r : ranges) {
        TextRange into = last != null && r.start() < last.end() ? last : r;
        canonical.put(r, into);
        List<BackRef> list = kept.computeIfAbsent(into, k -> new ArrayList<>());
        for (BackRef b : refs.get(r)) {
          if (!list.contains(b)) {
            list.add(b);
          }
        }
        last = into;
      }
    }

    TextRange canonical(TextRange r) {
      return canonical.getOrDefault(r, r);
    }

    Map<TextRange, List<BackRef>> kept() {
      return kept;
    }
  }
}
