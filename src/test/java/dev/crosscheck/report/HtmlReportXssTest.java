package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Report;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Article text, titles, outlets and URLs are shown as text: nothing from an article becomes markup or script. */
class HtmlReportXssTest {
  private static Report report;
  private static String html;
  private static Document doc;

  @BeforeAll
  static void render() {
    report = HostileStory.report();
    html = HtmlReport.write(report);
    doc = Jsoup.parse(html);
  }

  @Test
  void findingsCiteTheHostileSentences() {
    List<Finding> findings = report.stories().get(0).findings();
    assertThat(findings).anyMatch(f -> f.kind().label().equals("conflict") && cites(f, "<script>alert(1)</script>"));
    assertThat(findings).anyMatch(f -> cites(f, "onerror=alert(2)"));
  }

  @Test
  void markupFromArticlesIsEscaped() {
    assertThat(html)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&lt;img src&#61;x onerror&#61;alert(2)&gt;")
        .contains("&lt;a href&#61;&quot;javascript:alert(3)&quot;&gt;x&lt;/a&gt;")
        .contains("Flood &lt;script&gt;alert(5)&lt;/script&gt; report")
        .contains("Daily &lt;b onmouseover&#61;&quot;alert(6)&quot;&gt;Bold&lt;/b&gt;")
        .contains("data-source=\"hostile&quot;&gt;&lt;i onmouseover&#61;alert(7)&gt;x\"");
    assertThat(html)
        .doesNotContain("<script>alert")
        .doesNotContain("<img")
        .doesNotContain("onerror=")
        .doesNotContain("onmouseover=")
        .doesNotContainPattern("(?i)href=\"\\s*javascript:")
        .doesNotContain("<b ")
        .doesNotContain("<i ");
  }

  @Test
  void theOnlyScriptIsTheReportsOwnAndTheOnlyLinksAreSafe() throws Exception {
    assertThat(doc.select("script")).hasSize(1);
    Element script = doc.selectFirst("script");
    assertThat(script.hasAttr("src")).isFalse();
    assertThat(doc.select("img, iframe, object, embed, link, base, form[action]")).isEmpty();
    for (Element el : doc.getAllElements()) {
      for (Attribute a : el.attributes()) {
        assertThat(a.getKey()).as("attribute of <%s>", el.tagName()).doesNotStartWith("on");
      }
    }
    for (Element a : doc.select("[href]")) {
      assertThat(a.attr("href")).matches("#[A-Za-z0-9_-]+|https?://.+");
    }
    assertThat(doc.select("a[href^=https]")).extracting(e -> e.attr("href"))
        .isNotEmpty().containsOnly("https://example.org/flood?a=1&b=2"); // source table and text header
    // the Content-Security-Policy admits this script alone
    String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.data().getBytes(StandardCharsets.UTF_8));
    assertThat(csp).contains("default-src 'none'")
        .contains("script-src 'sha256-" + Base64.getEncoder().encodeToString(digest) + "'")
        .doesNotContain("unsafe-eval");
  }

  @Test
  void hostileTextIsReadableAsText() {
    assertThat(doc.select(".ev-text").eachText()).anyMatch(t -> t.contains("<script>alert(1)</script>"));
    assertThat(doc.select(".st-body").text()).contains("<img src=x onerror=alert(2)>")
        .contains("<a href=\"javascript:alert(3)\">x</a>");
    assertThat(doc.select(".src-title").eachText()).contains("Flood <script>alert(5)</script> report");
    assertThat(doc.select("[data-source]").eachAttr("data-source")).contains(HostileStory.HOSTILE_ID);
  }

  private static boolean cites(Finding f, String text) {
    return f.evidence().stream().map(Evidence::text).anyMatch(t -> t.contains(text));
  }
}
