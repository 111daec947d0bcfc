package dev.crosscheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** JSON output conventions: two-space indent, "\n" line ends, fields in the order they are set. */
public final class Json {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
  private static final ObjectWriter WRITER = indentedWriter("");

  private Json() {}

  /**
   * Writes pretty JSON as {@link #write(JsonNode)} does, without the final line break, and with
   * {@code indent} at the start of every line but the first (JSON text holds no other line breaks).
   */
  static ObjectWriter indentedWriter(String indent) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n" + indent))
        .withArrayIndenter(new DefaultIndenter("  ", "\n" + indent));
    return MAPPER.writer(printer);
  }

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  /** Pretty JSON text ending with a line break. */
  public static String write(JsonNode node) {
    try {
      return WRITER.writeValueAsString(node) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Pretty JSON text ending with a line break, written to {@code out} (left open). */
  public static void write(JsonNode node, Writer out) throws IOException {
    WRITER.writeValue(out, node);
    out.write("\n");
  }

  /** A generator that writes pretty JSON as {@link #write(JsonNode, Writer)} does, leaving {@code out} open. */
  public static JsonGenerator generator(Writer out) throws IOException {
    return WRITER.createGenerator(out);
  }

  /** One-line JSON, for JSON Lines output. */
  public static String line(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
