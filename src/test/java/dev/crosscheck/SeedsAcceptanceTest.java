package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.ingest.Corpus;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.ExtractedArticle;
import dev.crosscheck.model.ExtractedStory;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Hedge;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.Modality;
import dev.crosscheck.model.Polarity;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.Quote;
import dev.crosscheck.model.StoryReport;
import dev.crosscheck.model.ValueType;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seeds story, end to end: what the foundation and comparison issues ask of it. */
class SeedsAcceptanceTest {
  private static final String S000 = "000_11a784adbddf4b71";
  private static final String S001 = "001_41f201e0a4db06a3";
  private static final String S002 = "002_b1505840cf6b402c";
  private static final String S003 = "003_2bccd7a7f6d5d9b0";

  /** Lines of the seed files that are not article text (test data, read from the files' tails and menus). */
  private static final List<String> BOILERPLATE = List.of("Win $100", "Share on", "Donate any amount",
      "11 global languages", "READ MORE", "ALSO READ", "9,595", "Subscribe to receive", "Comment Text",
      "author avatar", "Leave a Reply", "Support us just once", "We accept support", "originally appeared",
      "Except for the headline", "Reading Mode", "Font Size", "0 Comments", "ALL Headlines");

  private static ExtractedStory extracted;
  private static StoryReport report;
  private static Map<String, ExtractedArticle> articles;

  @BeforeAll
  static void run() {
    Crosscheck cc = TestCorpus.crosscheck();
    Corpus corpus = cc.scan(TestCorpus.seeds());
    extracted = cc.extract(corpus.stories().get(0));
    report = cc.compare(extracted);
    articles = extracted.articles().stream().collect(Collectors.toMap(a -> a.article().source(), a -> a));
  }

  private static List<Claim> claims(String source, ValueType type) {
    return articles.get(source).claims().stream().filter(c -> c.type() == type).toList();
  }

  @Test
  void everySourceYieldsClaimsAndNoErrors() {
    assertThat(extracted.errors()).isEmpty();
    assertThat(articles).hasSize(5);
    articles.values().forEach(a -> assertThat(a.claims()).as(a.article().source()).isNotEmpty());
  }

  @Test
  void troopsFigureHasALowerBound() {
    Quantity q = claims(S001, ValueType.QUANTITY).stream().map(c -> (Quantity) c.value())
        .filter(v -> v.amount() == 50_000).findFirst().orElseThrow();
    assertThat(q.hedge()).isEqualTo(Hedge.MORE_THAN);
    assertThat(q.unit()).isEqualTo("troop");
  }

  @Test
  void threeStarAssertedFourStarRequested() {
    for (String source : List.of(S002, S003)) {
      assertThat(claims(source, ValueType.RANK)).as(source)
          .anyMatch(c -> c.value().normalized().equals("3-star") && c.polarity() == Polarity.ASSERTED
              && c.modality().isFactual());
    }
    Claim four = claims(S002, ValueType.RANK).stream().filter(c -> c.value().normalized().equals("4-star"))
        .findFirst().orElseThrow();
    assertThat(four.modality()).isEqualTo(Modality.REQUESTED);
  }

  @Test
  void austinQuotesCarryHisName() {
    for (String source : List.of(S001, S002)) {
      List<Quote> quotes = claims(source, ValueType.QUOTE).stream().map(c -> (Quote) c.value())
          .filter(q -> q.words().containsAll(List.of("most", "significant", "developments"))).toList();
      assertThat(quotes).as(source).isNotEmpty().allMatch(q -> q.speakerKey().equals("austin lloyd"));
    }
  }

  @Test
  void misspeltNameKeptAsWritten() {
    assertThat(claims(S003, ValueType.PERSON)).extracting(c -> c.value().text()).contains("Anthony Blinken");
  }

  @Test
  void noClaimComesFromBoilerplate() {
    for (ExtractedArticle a : extracted.articles()) {
      for (String line : BOILERPLATE) {
        assertThat(a.article().clean().text()).as(a.article().source()).doesNotContain(line);
      }
    }
  }

  @Test
  void evidenceOffsetsPointAtTheSentence() throws IOException {
    for (ExtractedArticle a : extracted.articles()) {
      String original = Files.readString(TestCorpus.seeds().resolve(a.article().file()));
      for (Claim c : a.claims()) {
        Evidence e = c.evidence();
        assertThat(original.substring(e.start(), e.end())).isEqualTo(e.text());
        assertThat(original.substring(c.valueStart(), c.valueEnd())).isEqualTo(c.value().text());
      }
    }
  }

  private static List<Finding> findings(Kind kind, Predicate<Finding> p) {
    return report.findings().stream().filter(f -> f.kind() == kind).filter(p).toList();
  }

  private static boolean hasValue(Finding f, String normalized) {
    return f.values().stream().anyMatch(v -> v.normalized().equals(normalized));
  }

  @Test
  void threeStarIsAnAgreementNotAConflict() {
    assertThat(findings(Kind.AGREEMENT, f -> hasValue(f, "3-star")))
        .anyMatch(f -> f.reportedBy().containsAll(List.of(S002, S003)));
    assertThat(findings(Kind.CONFLICT, f -> hasValue(f, "3-star") || hasValue(f, "4-star"))).isEmpty();
  }

  @Test
  void fourStarRequestIsAnOmissionOf002Alone() {
    assertThat(findings(Kind.OMISSION, f -> hasValue(f, "4-star")))
        .anyMatch(f -> f.reportedBy().equals(List.of(S002)));
  }

  @Test
  void fourStarRequestIsAmongTheFirstFiveOmissions() {
    // set against the three-star rank in its sentence ("not the four-star rank that Japan had requested")
    List<Finding> first = findings(Kind.OMISSION, f -> true).subList(0, 5);
    assertThat(first).anyMatch(f -> hasValue(f, "4-star"));
  }

  @Test
  void byMarchIsAnAgreement() {
    assertThat(findings(Kind.AGREEMENT, f -> hasValue(f, "March")))
        .anyMatch(f -> f.reportedBy().containsAll(List.of(S001, S002)));
  }

  @Test
  void troopsFigureIsAnOmissionOf001() {
    assertThat(findings(Kind.OMISSION, f -> hasValue(f, "more-than 50000 troop")))
        .anyMatch(f -> f.reportedBy().equals(List.of(S001)));
  }

  @Test
  void misspeltBlinkenIsAConflictButNameOrderIsNot() {
    assertThat(findings(Kind.CONFLICT, f -> f.values().stream().anyMatch(v -> v.text().equals("Anthony Blinken"))))
        .hasSize(1)
        .allMatch(f -> f.evidence().stream().anyMatch(e -> e.source().equals(S003)));
    assertThat(findings(Kind.CONFLICT, f -> f.topic().toLowerCase().contains("kihara")
        || f.values().stream().anyMatch(v -> v.text().contains("Kihara")))).isEmpty();
  }

  @Test
  void noFindingCitesBoilerplate() {
    for (Finding f : report.findings()) {
      for (Evidence e : f.evidence()) {
        for (String line : BOILERPLATE) {
          assertThat(e.text()).doesNotContain(line);
        }
      }
    }
  }

  @Test
  void everyFindingHasEvidenceWithOffsets() {
    assertThat(report.findings()).isNotEmpty().allMatch(f -> !f.evidence().isEmpty()
        && f.evidence().stream().allMatch(e -> e.end() > e.start()));
  }
}
