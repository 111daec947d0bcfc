package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The committed seeds page: self-contained, with unique ids, working links and the same output every time. */
class HtmlReportTest {
  @Test
  void pageIsSelfContained() throws IOException {
    String html = Files.readString(Path.of("reports", "seeds.html"));
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("link, img, iframe, object, embed, [src]")).isEmpty();
    assertThat(doc.select("style")).hasSize(1);
    assertThat(doc.select("script")).hasSize(1);
    assertThat(html).doesNotContainPattern("(?i)@import|url\\(|@font-face");
    for (Element a : doc.select("a[href]")) {
      assertThat(a.attr("href")).as("link").startsWith("#");
    }
  }

  @Test
  void everyLinkLeadsToAnElementAndIdsAreUnique() throws IOException {
    Document doc = Jsoup.parse(Files.readString(Path.of("reports", "seeds.html")));
    Set<String> ids = new HashSet<>();
    for (Element e : doc.select("[id]")) {
      assertThat(ids.add(e.id())).as("duplicate id %s", e.id()).isTrue();
    }
    Set<String> targets = new HashSet<>();
    for (Element a : doc.select("a[href^=#]")) {
      String id = a.attr("href").substring(1);
      assertThat(ids).as("link to #%s", id).contains(id);
      targets.add(id);
    }
    // every finding is linked to its sentences, and every cited sentence links back
    assertThat(doc.select("[data-finding]")).allSatisfy(f -> assertThat(f.select("a[href]")).isNotEmpty());
    assertThat(doc.select(".cited")).allSatisfy(s -> assertThat(targets).contains(s.id()));
    // one cited sentence for each distinct evidence sentence of the JSON report
    assertThat(doc.select(".cited")).hasSize(distinctEvidence(Path.of("reports", "seeds.json")));
  }

  private static int distinctEvidence(Path json) throws IOException {
    Set<String> out = new HashSet<>();
    for (var story : new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).path("stories")) {
      for (var f : story.path("findings")) {
        for (var e : f.path("evidence")) {
          out.add(e.path("source").asText() + ":" + e.path("start").asInt() + ":" + e.path("end").asInt());
        }
      }
    }
    return out.size();
  }

  @Test
  void sameReportSameBytes() {
    var report = HostileStory.report();
    assertThat(HtmlReport.write(report)).isEqualTo(HtmlReport.write(report));
    assertThat(HtmlReport.write(HostileStory.report())).isEqualTo(HtmlReport.write(report));
  }
}
