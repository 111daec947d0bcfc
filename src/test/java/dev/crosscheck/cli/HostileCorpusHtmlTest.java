package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.ci.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markup in names the report shows besides article text (corpus, story and source ids, file names,
 * JSON fields, error messages) is shown as text, never run.
 */
class HostileCorpusHtmlTest {
  private static final java.util.Set<String> URL_ATTRIBUTES = java.util.Set.of("href", "src", "action", "formaction",
      "xlink:href", "data", "poster", "srcset");

  @TempDir
  Path tmp;

  @Test
  void namesAndErrorsFromTheCorpusAreEscaped() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("news<svg onload=alert(8)>"));
    Path story = Files.createDirectories(corpus.resolve("<img src=x onerror=alert(7)>"));
    Files.writeString(story.resolve("<b onmouseover=alert(6)>.txt"),
        "Officials said 40 people were hurt in the flood in Springfield on Monday.\n");
    Files.writeString(story.resolve("plain.txt"),
        "Officials said 45 people were hurt in the flood in Springfield on Monday.\n");
    Files.write(story.resolve("<i onclick=alert(5)>.txt"), new byte[0]);
    Files.writeString(corpus.resolve("feed.jsonl"), String.join("\n",
        "{\"story\": \"<script>alert(4)</script>\", \"id\": \"<iframe src=javascript:alert(3)>\", "
            + "\"url\": \"javascript:alert(2)\", \"title\": \"<a href='javascript:alert(1)'>t</a>\", "
            + "\"maintext\": \"The mayor said 12 people were hurt on Monday.\"}",
        "{\"story\": \"<script>alert(4)</script>\", \"id\": \"two\", \"maintext\": \"The mayor said 14 people were "
            + "hurt on Monday.\"}",
        "{\"x\": <script>alert(0)</script>}") + "\n");
    Path html = tmp.resolve("report.html");
    Run r = Run.of("check", corpus.toString(), "--html", html.toString(), "--fail-on", "never");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);

    String page = Files.readString(html);
    Document doc = Jsoup.parse(page);
    assertThat(doc.select("script")).hasSize(1);
    assertThat(doc.selectFirst("script").hasAttr("src")).isFalse();
    assertThat(doc.select("img, iframe, svg, object, embed, b[onmouseover], i[onclick]")).isEmpty();
    for (Element el : doc.getAllElements()) {
      for (Attribute a : el.attributes()) {
        assertThat(a.getKey()).as("attribute of <%s>", el.tagName()).doesNotStartWith("on");
        if (URL_ATTRIBUTES.contains(a.getKey())) {
          assertThat(a.getValue()).as("attribute %s of <%s>", a.getKey(), el.tagName()).matches("#[\\w-]+|https?://.+");
        }
      }
    }
    assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src").doesNotContain("<svg");
    String text = doc.text();
    assertThat(text).contains("news<svg onload=alert(8)>", "<img src=x onerror=alert(7)>", "<b onmouseover=alert(6)>",
        "<i onclick=alert(5)>", "<script>alert(4)</script>", "<iframe_src=javascript:alert(3)>");
  }
}
