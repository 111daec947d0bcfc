package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The source texts mark the values findings use, and nothing else: compared with the evidence of
 * the JSON report of the same run, every mark sits in a sentence that the finding it links to
 * cites, and every cited sentence has a mark.
 */
class HtmlReportMarksTest {
  @TempDir
  static Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"seeds", "src/test/resources/eval/stories/01-ecbplus"})
  void marksAreTheValuesOfTheFindingsCitingTheSentence(String corpus) throws IOException {
    Path html = tmp.resolve(Path.of(corpus).getFileName() + ".html");
    Path json = tmp.resolve(Path.of(corpus).getFileName() + ".json");
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"check", corpus, "--html", html.toString(), "--json", json.toString(),
        "--fail-on", "never"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    Document doc = Jsoup.parse(Files.readString(html));
    JsonReport report = JsonReport.read(json);
    Map<String, JsonNode> findings = new HashMap<>();
    report.findings().forEach(f -> findings.put(f.path("id").asText(), f));

    List<Element> articles = doc.select("article.source-text");
    assertThat(articles).hasSize(report.sourceIds().size());
    int marks = 0;
    for (Element article : articles) {
      String source = article.attr("data-source");
      Map<String, Set<String>> cited = citedSentences(report, source);
      Set<String> marked = new TreeSet<>();
      for (Element mark : article.select("mark")) {
        String where = source + ": mark \"" + mark.text() + "\"";
        Element link = mark.selectFirst("> a[href^=#]");
        assertThat(link).as(where + " links to a finding").isNotNull();
        Element target = doc.getElementById(link.attr("href").substring(1));
        assertThat(target).as(where + " link target").isNotNull();
        String id = target.attr("data-id");
        assertThat(findings).as(where + " links to a finding of the JSON").containsKey(id);
        Element sentence = mark.closest(".cited");
        assertThat(sentence).as(where + " is in a cited sentence").isNotNull();
        String text = normal(sentence.text());
        assertThat(cited.getOrDefault(text, Set.of())).as(where + " in \"" + text + "\": findings citing it")
            .contains(id);
        // where the sentence holds a value of the finding as written, the mark reads it
        List<String> written = values(findings.get(id)).stream().filter(v -> contains(text, v)).toList();
        if (!written.isEmpty()) {
          assertThat(written).as(where + ": values of " + id + " written in the sentence")
              .anyMatch(v -> contains(v, mark.text()) || contains(mark.text(), v));
        }
        marked.add(text);
        marks++;
      }
      assertThat(marked).as(source + ": sentences with marks").isEqualTo(cited.keySet());
    }
    assertThat(marks).isGreaterThan(findings.size());
  }

  /** The sentences of {@code source} that findings cite (their evidence {@code text}), each with the citing findings' ids. */
  private static Map<String, Set<String>> citedSentences(JsonReport report, String source) {
    Map<String, Set<String>> out = new HashMap<>();
    for (JsonNode f : report.findings()) {
      for (JsonNode e : f.path("evidence")) {
        if (e.path("source").asText().equals(source)) {
          out.computeIfAbsent(normal(e.path("text").asText()), k -> new HashSet<>()).add(f.path("id").asText());
        }
      }
    }
    return out;
  }

  private static List<String> values(JsonNode finding) {
    return finding.path("values").findValuesAsText("text");
  }

  /** Whether {@code text} holds {@code part}, ignoring case and runs of white space. */
  private static boolean contains(String text, String part) {
    String p = normal(part).toLowerCase(Locale.ROOT);
    return !p.isEmpty() && normal(text).toLowerCase(Locale.ROOT).contains(p);
  }

  private static String normal(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
