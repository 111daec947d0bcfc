package dev.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of a .json file: one value, several values one after the other (JSON Lines saved as
 * .json), or the elements of one top-level array, each with the line it starts on. The values before
 * a syntax error are kept; {@code problem} then says what is wrong and {@code problemLine} where (0:
 * not known). Shared by the command line's corpus reader and the Spark job.
 */
public record JsonValues(List<JsonNode> nodes, List<Integer> lines, boolean array, String problem,
    int problemLine) {

  /** Reads {@code in} (left open) with {@code json}; an I/O failure other than bad JSON is thrown. */
  public static JsonValues read(InputStream in, ObjectMapper json) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    boolean array = false;
    try (JsonParser parser = json.createParser(in)) {
      int roots = 0;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        roots++;
        if (token == JsonToken.START_ARRAY && roots == 1) {
          array = true;
          while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            lines.add(parser.currentTokenLocation().getLineNr());
            nodes.add(json.readTree(parser));
          }
        } else {
          lines.add(parser.currentTokenLocation().getLineNr());
          nodes.add(json.readTree(parser));
        }
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      return new JsonValues(nodes, lines, array, problem(e), Math.max(0, line));
    }
    return new JsonValues(nodes, lines, array, null, 0);
  }

  /** Jackson's message without its source excerpt; a string over the size limit said plainly. */
  public static String problem(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException) {
      return "a value longer than " + CorpusReader.MAX_JSON_STRING + " characters";
    }
    return e.getOriginalMessage();
  }

  public JsonValues {
    nodes = List.copyOf(nodes);
    lines = List.copyOf(lines);
  }
}
