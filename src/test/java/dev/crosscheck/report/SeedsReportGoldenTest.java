package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.crosscheck.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * reports/seeds.json and reports/seeds.html are what the main command makes of seeds/, and the
 * JSON follows the published schema.
 */
class SeedsReportGoldenTest {
  private static final String VERSION = "\"version\" : \"[^\"]*\"";
  private static final String HTML_VERSION = "(<meta name=\"generator\" content=\"crosscheck |<span class=\"version\">crosscheck )[^\"<]*";

  @TempDir
  Path tmp;

  @Test
  void committedReportIsRegenerated() throws IOException {
    Path fresh = tmp.resolve("seeds.json");
    int code = Main.run(new String[] {"check", "seeds", "--json", fresh.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    String expected = Files.readString(Path.of("reports", "seeds.json")).replaceAll(VERSION, "\"version\" : \"*\"");
    String actual = Files.readString(fresh).replaceAll(VERSION, "\"version\" : \"*\"");
    assertThat(actual)
        .as("reports/seeds.json is stale: regenerate it with ./crosscheck check seeds")
        .isEqualTo(expected);
  }

  @Test
  void committedHtmlReportIsRegenerated() throws IOException {
    Path fresh = tmp.resolve("seeds.html");
    int code = Main.run(new String[] {"check", "seeds", "--html", fresh.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    assertThat(tmp.resolve("seeds.json")).doesNotExist();
    String expected = Files.readString(Path.of("reports", "seeds.html")).replaceAll(HTML_VERSION, "$1*");
    String actual = Files.readString(fresh).replaceAll(HTML_VERSION, "$1*");
    assertThat(actual)
        .as("reports/seeds.html is stale: regenerate it with ./crosscheck check seeds")
        .isEqualTo(expected);
  }

  @Test
  void reportFollowsTheSchema() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode schemaNode = mapper.readTree(Path.of("docs", "report.schema.json").toFile());
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
    Set<ValidationMessage> problems = schema.validate(mapper.readTree(Path.of("reports", "seeds.json").toFile()));
    assertThat(problems).isEmpty();
  }
}
