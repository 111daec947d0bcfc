package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.crosscheck.Crosscheck;
import dev.crosscheck.TestCorpus;
import dev.crosscheck.ingest.Corpus;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.StoryReport;
import dev.crosscheck.rules.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static Report seeds;

  @TempDir
  Path tmp;

  @BeforeAll
  static void checkSeeds() {
    Crosscheck cc = TestCorpus.crosscheck();
    Corpus c = cc.scan(TestCorpus.seeds());
    List<StoryReport> stories = new ArrayList<>();
    c.stories().forEach(s -> stories.add(cc.check(s)));
    seeds = new Report(c.name(), "0.1.0", stories, List.of());
  }

  static JsonSchema schema() throws IOException {
    try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      JsonNode schemaNode = MAPPER.readTree(in);
      SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaNode, config);
    }
  }

  static Set<ValidationMessage> validate(String sarif) throws IOException {
    return schema().validate(MAPPER.readTree(sarif));
  }

  @Test
  void seedsSarifFollowsTheOfficialSchema() throws IOException {
    String sarif = SarifReport.write(seeds, TestCorpus.crosscheck().catalog(), "seeds/", null);
    assertThat(validate(sarif)).isEmpty();
    JsonNode run = MAPPER.readTree(sarif).get("runs").get(0);
    assertThat(run.at("/tool/driver/name").asText()).isEqualTo("crosscheck");
    assertThat(run.at("/originalUriBaseIds/CORPUS/uri").asText()).isEqualTo("seeds/");
    assertThat(run.get("results")).hasSize(seeds.summary().count(dev.crosscheck.model.Kind.CONFLICT));
  }

  @Test
  void rulesComeFromTheCatalogWithTheirLevels() throws IOException {
    JsonNode rules = MAPPER.readTree(SarifReport.write(seeds, TestCorpus.crosscheck().catalog(), "seeds/", null))
        .at("/runs/0/tool/driver/rules");
    List<Rule> catalog = TestCorpus.crosscheck().catalog().rules();
    assertThat(rules).hasSize(catalog.size());
    for (int i = 0; i < catalog.size(); i++) {
      Rule r = catalog.get(i);
      JsonNode d = rules.get(i);
      assertThat(d.get("id").asText()).isEqualTo(r.id());
      assertThat(d.get("name").asText()).isEqualTo(r.name());
      assertThat(d.at("/shortDescription/text").asText()).isNotBlank();
      assertThat(d.at("/fullDescription/text").asText()).isNotBlank();
      assertThat(d.at("/defaultConfiguration/level").asText()).isEqualTo(r.severity().label());
    }
  }

  @Test
  void regionsPointAtTheEvidenceInTheArticleFiles() throws IOException {
    JsonNode results = MAPPER.readTree(SarifReport.write(seeds, TestCorpus.crosscheck().catalog(), "seeds/", null))
        .at("/runs/0/results");
    int checked = 0;
    for (JsonNode result : results) {
      assertThat(result.at("/partialFingerprints/" + SarifReport.FINGERPRINT_KEY.replace("/", "~1")).asText())
          .matches("F[0-9a-f]{12}");
      List<JsonNode> locations = new ArrayList<>();
      result.get("locations").forEach(locations::add);
      if (result.has("relatedLocations")) {
        result.get("relatedLocations").forEach(locations::add);
      }
      for (JsonNode loc : locations) {
        JsonNode physical = loc.get("physicalLocation");
        assertThat(physical.at("/artifactLocation/uriBaseId").asText()).isEqualTo(SarifReport.CORPUS);
        List<String> lines = Files.readAllLines(Path.of("seeds", physical.at("/artifactLocation/uri").asText()),
            StandardCharsets.UTF_8);
        JsonNode region = physical.get("region");
        int line = region.get("startLine").asInt();
        assertThat(region.get("endLine").asInt()).isEqualTo(line);
        String text = lines.get(line - 1).substring(region.get("startColumn").asInt() - 1,
            region.get("endColumn").asInt() - 1);
        assertThat(text).isEqualTo(region.at("/snippet/text").asText());
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(3);
  }

  @Test
  void linesAndColumnsCountFromOneAndEndAfterTheLastCharacter() {
    String text = "first line\r\nsecond line\nthird";
    assertThat(SarifReport.Region.of(text, 0, 5)).isEqualTo(new SarifReport.Region(1, 1, 1, 6));
    int second = text.indexOf("second");
    assertThat(SarifReport.Region.of(text, second, second + 6)).isEqualTo(new SarifReport.Region(2, 1, 2, 7));
    int across = text.indexOf("line\n");
    assertThat(SarifReport.Region.of(text, across, text.length())).isEqualTo(new SarifReport.Region(2, 8, 3, 6));
    assertThat(SarifReport.Region.of(text, 3, 3)).isEqualTo(new SarifReport.Region(1, 4, 1, 4));
  }

  @Test
  void articlesOfJsonFeedsAreLocatedByFileAndPathsAreEncoded() throws IOException {
    Path feed = tmp.resolve("my feed.jsonl");
    Files.writeString(feed, "{\"story\": \"s\", \"source\": \"a\", \"text\": \"Officials said 40 people were hurt on "
        + "Monday in the blast at the port.\"}\n{\"story\": \"s\", \"source\": \"b\", \"text\": \"Officials said 45 "
        + "people were hurt on Monday in the blast at the port.\"}\n");
    Crosscheck cc = TestCorpus.crosscheck();
    Corpus c = cc.scan(feed);
    Report r = new Report(c.name(), "0.1.0", List.of(cc.check(c.stories().get(0))), List.of());
    String sarif = SarifReport.write(r, cc.catalog(), "file:///tmp/x/", null);
    assertThat(validate(sarif)).isEmpty();
    JsonNode results = MAPPER.readTree(sarif).at("/runs/0/results");
    assertThat(results).isNotEmpty();
    JsonNode loc = results.get(0).at("/locations/0");
    assertThat(loc.at("/physicalLocation/artifactLocation/uri").asText()).isEqualTo("my%20feed.jsonl");
    assertThat(loc.at("/physicalLocation/region").isMissingNode()).isTrue();
    assertThat(loc.at("/message/text").asText()).contains("text field");
    assertThat(MAPPER.readTree(sarif).at("/runs/0/originalUriBaseIds/CORPUS/uriBaseId").isMissingNode()).isTrue();
  }

  @Test
  void baselineStatesMarkNewAndKnownResults() throws IOException {
    Baseline none = Baseline.read(write("{\"version\": 1, \"findings\": []}"));
    String sarif = SarifReport.write(seeds, TestCorpus.crosscheck().catalog(), "seeds/", none.compare(seeds));
    assertThat(validate(sarif)).isEmpty();
    MAPPER.readTree(sarif).at("/runs/0/results").forEach(r -> assertThat(r.get("baselineState").asText())
        .isEqualTo("new"));
    Baseline all = Baseline.of(seeds);
    MAPPER.readTree(SarifReport.write(seeds, TestCorpus.crosscheck().catalog(), "seeds/", all.compare(seeds)))
        .at("/runs/0/results").forEach(r -> assertThat(r.get("baselineState").asText()).isEqualTo("unchanged"));
  }

  @Test
  void aBrokenLogFailsTheSchema() throws IOException {
    String sarif = SarifReport.write(seeds, TestCorpus.crosscheck().catalog(), "seeds/", null)
        .replace("\"startLine\" : ", "\"startLine\" : -");
    assertThat(validate(sarif)).isNotEmpty();
  }

  private Path write(String text) throws IOException {
    Path p = tmp.resolve("baseline-" + System.nanoTime() + ".json");
    Files.writeString(p, text);
    return p;
  }
}
