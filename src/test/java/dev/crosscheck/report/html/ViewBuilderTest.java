package dev.crosscheck.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.TestCorpus;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingValue;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.Severity;
import dev.crosscheck.model.StoryReport;
import dev.crosscheck.report.html.FindingView.EvidenceView;
import dev.crosscheck.report.html.Segments.Segment;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The view of the seeds report: values marked where findings cite them, matrix states, links. */
class ViewBuilderTest {
  private static StoryView story;

  private static StoryReport seedsReport;

  private static int count(Kind kind) {
    return (int) seedsReport.findings().stream().filter(f -> f.kind() == kind).count();
  }

  @BeforeAll
  static void build() {
    StoryReport seeds = TestCorpus.crosscheck().check(TestCorpus.crosscheck().scan(TestCorpus.seeds()).stories().get(0));
    seedsReport = seeds;
    Report report = new Report("seeds", "test", List.of(seeds), List.of());
    story = ViewBuilder.build(report, new ViewBuilder.Assets("", "", "")).stories().get(0);
  }

  @Test
  void conflictsComeMostSevereFirstWithTheirValuesMarked() {
    FindingView spelling = story.conflicts().get(0);
    assertThat(spelling.severity()).isEqualTo("warning");
    assertThat(spelling.label()).isEqualTo("C1");
    // the person's name, not the whole "US Secretary of State Anthony Blinken" role
    assertThat(marked(spelling.evidence().get(0))).containsExactly("Anthony Blinken");
    assertThat(spelling.evidence()).allSatisfy(e -> assertThat(marked(e)).hasSize(1));

    FindingView planned = story.conflicts().stream().filter(f -> f.values().get(0).text().equals("Sunday (planned)"))
        .findFirst().orElseThrow();
    assertThat(planned.evidence()).allSatisfy(e -> assertThat(marked(e)).containsExactly("Sunday"));
  }

  @Test
  void evidenceIsTheSentenceWithLinksIntoTheSourceText() {
    for (FindingView f : story.conflicts()) {
      for (EvidenceView e : f.evidence()) {
        assertThat(e.href()).startsWith("#" + e.source().textAnchor() + "-");
        String joined = e.segments().stream().map(Segment::text).collect(Collectors.joining());
        assertThat(anchoredText(e.href().substring(1))).isEqualTo(joined);
      }
    }
  }

  @Test
  void omissionsComeInTheReportsOrderTheFirstFiveShownFirstWithStatesPerSource() {
    List<MatrixView.Row> rows = story.omissions().rows();
    List<String> reportOrder = seedsReport.findings().stream().filter(f -> f.kind() == Kind.OMISSION)
        .map(f -> f.id()).toList();
    assertThat(rows.stream().map(r -> r.finding().id()).toList()).isEqualTo(reportOrder);
    assertThat(reportOrder).hasSizeGreaterThan(StoryView.LEAD_OMISSIONS);
    assertThat(story.leadOmissions().rows().stream().map(r -> r.finding().id()).toList())
        .isEqualTo(reportOrder.subList(0, StoryView.LEAD_OMISSIONS));
    assertThat(story.moreOmissions().rows().stream().map(r -> r.finding().id()).toList())
        .isEqualTo(reportOrder.subList(StoryView.LEAD_OMISSIONS, reportOrder.size()));
    assertThat(story.hasMoreOmissions()).isTrue();
    // "Antony Blinken" is the spelling conflict C1 (D also writes "Anthony"): one fact, one finding, so no
    // omission row of its own (a row a conflict contradicts is checked in conflictingSourcesNeed...)
    assertThat(story.omissions().rows()).noneMatch(r -> r.finding().values().get(0).text().equals("Antony Blinken"));
    // "Tokyo" shares sentences with C1 but is not contradicted
    assertThat(states(row("Tokyo"))).isEqualTo("reported reported reported reported omitted");
    assertThat(row("four-star").cells().get(2).hasHref()).isTrue();
    assertThat(row("four-star").cells().get(0).hasHref()).isFalse();
  }

  @Test
  void onlyAgreementsThatStandForADetailMostSourcesLeaveOutHaveASalienceBar() {
    // a detail a few sources agree on and most leave out is an agreement with the detail's salience
    java.util.Map<String, Double> salience = seedsReport.findings().stream()
        .collect(Collectors.toMap(Finding::id, Finding::salience));
    assertThat(story.agreements().rows()).hasSize(count(Kind.AGREEMENT))
        .allMatch(r -> r.showSalience() == (salience.get(r.finding().id()) > 0))
        .anyMatch(MatrixView.Row::showSalience).anyMatch(r -> !r.showSalience());
  }

  @Test
  void conflictingSourcesNeedTheSameTopicOrAValueInCommon() {
    Evidence e = new Evidence("a", "x", 0, 1);
    Finding conflict = finding(Kind.CONFLICT, "spelling", List.of(
        new FindingValue("Anthony Blinken", "anthony blinken", List.of("d")),
        new FindingValue("Antony Blinken", "antony blinken", List.of("a", "d"))), e);
    Finding name = finding(Kind.OMISSION, "name of Antony Blinken",
        List.of(new FindingValue("Antony Blinken", "antony blinken", List.of("a", "d"))), e);
    Finding place = finding(Kind.OMISSION, "place",
        List.of(new FindingValue("Tokyo", "tokyo", List.of("a", "d"))), e);
    assertThat(Matrix.conflicting(name, List.of(conflict))).containsOnlyKeys("d");
    assertThat(Matrix.conflicting(place, List.of(conflict))).isEmpty();
  }

  @Test
  void onlyHttpAndHttpsAddressesAreLinks() {
    assertThat(ViewBuilder.safeUrl("https://example.org/a?b=1&c=2")).isEqualTo("https://example.org/a?b=1&c=2");
    assertThat(ViewBuilder.safeUrl("HTTP://example.org")).isEqualTo("HTTP://example.org");
    assertThat(ViewBuilder.safeUrl("javascript:alert(1)")).isEmpty();
    assertThat(ViewBuilder.safeUrl(" JavaScript:alert(1)")).isEmpty();
    assertThat(ViewBuilder.safeUrl("data:text/html,<script>")).isEmpty();
    assertThat(ViewBuilder.safeUrl("//example.org/x")).isEmpty();
    assertThat(ViewBuilder.safeUrl("https:/x")).isEmpty();
    assertThat(ViewBuilder.safeUrl("not a url")).isEmpty();
    assertThat(ViewBuilder.safeUrl("")).isEmpty();
  }

  @Test
  void tagsAndAnchorsAreShortAndSafe() {
    assertThat(ViewBuilder.tag(0)).isEqualTo("A");
    assertThat(ViewBuilder.tag(25)).isEqualTo("Z");
    assertThat(ViewBuilder.tag(26)).isEqualTo("A2");
    assertThat(ViewBuilder.anchorPart("a b/<c>\"")).isEqualTo("a-b--c--");
  }

  private static List<String> marked(EvidenceView e) {
    return e.segments().stream().filter(Segment::mark).map(Segment::text).toList();
  }

  private static String anchoredText(String anchor) {
    for (ArticleView a : story.articles()) {
      for (ArticleView.Paragraph p : a.paragraphs()) {
        for (ArticleView.Piece piece : p.pieces()) {
          if (piece.anchor().equals(anchor)) {
            return piece.segments().stream().map(Segment::text).collect(Collectors.joining());
          }
        }
      }
    }
    throw new AssertionError("no anchor " + anchor);
  }

  private static MatrixView.Row row(String value) {
    return story.omissions().rows().stream().filter(r -> r.finding().values().get(0).text().equals(value))
        .findFirst().orElseThrow(() -> new AssertionError("no omission of " + value));
  }

  private static String states(MatrixView.Row row) {
    return row.cells().stream().map(MatrixView.Cell::cellClass).collect(Collectors.joining(" "));
  }

  private static Finding finding(Kind kind, String topic, List<FindingValue> values, Evidence e) {
    return new Finding("F" + topic.hashCode(), "s", "R", kind, Severity.NOTE, topic, topic, values,
        values.stream().flatMap(v -> v.sources().stream()).distinct().toList(), List.of(), List.of(e), 0.5);
  }

}
