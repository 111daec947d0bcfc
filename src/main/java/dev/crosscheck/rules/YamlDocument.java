package dev.crosscheck.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A parsed YAML file that remembers the line of every node, so validation can name file and line.
 * Paths are JSON pointers ("/rules/3/id"). Scalars follow YAML 1.2: only {@code true} and
 * {@code false} are booleans, so a lexicon may list the words "no", "on" and "off" unquoted.
 */
public final class YamlDocument {
  private static final YAMLFactory YAML = new YAMLFactory();

  private final String name;
  private final JsonNode root;
  private final Map<String, Integer> lines;

  private YamlDocument(String name, JsonNode root, Map<String, Integer> lines) {
    this.name = name;
    this.root = root;
    this.lines = lines;
  }

  /** Parses {@code content}; a syntax error becomes a {@link RuleFileException} naming {@code name}. */
  public static YamlDocument parse(String name, String content) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = YAML.createParser(content)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new RuleFileException(name, 1, "the file is empty");
      }
      JsonNode root = read(parser, "", lines);
      return new YamlDocument(name, root, lines);
    } catch (RuleFileException e) {
      throw e.file().isEmpty() ? e.in(name) : e;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      String message = e.getOriginalMessage().lines().findFirst().orElse("YAML syntax error");
      throw new RuleFileException(name, line, "YAML syntax error: " + message, e);
    } catch (IOException e) {
      throw new RuleFileException(name, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  private static JsonNode read(JsonParser parser, String path, Map<String, Integer> lines) throws IOException {
    lines.put(path, parser.currentLocation().getLineNr());
    JsonToken token = parser.currentToken();
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = f.objectNode();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          int fieldLine = parser.currentLocation().getLineNr();
          if (seen.put(field, Boolean.TRUE) != null) {
            throw new RuleFileException("", fieldLine, "duplicate key '" + field + "'");
          }
          parser.nextToken();
          object.set(field, read(parser, path + "/" + escape(field), lines));
          lines.putIfAbsent(path + "/" + escape(field), fieldLine);
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = f.arrayNode();
        int i = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(read(parser, path + "/" + i, lines));
          i++;
        }
        return array;
      }
      case VALUE_STRING -> {
        return f.textNode(parser.getText());
      }
      case VALUE_NUMBER_INT -> {
        return f.numberNode(parser.getLongValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        return f.numberNode(parser.getDoubleValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        // YAML 1.2: only true and false are booleans; "no", "on", "off" are words of the lexicons
        String text = parser.getText();
        return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")
            ? f.booleanNode(parser.getBooleanValue()) : f.textNode(text);
      }
      case VALUE_NULL -> {
        return f.nullNode();
      }
      default -> throw new RuleFileException("", parser.currentLocation().getLineNr(), "unexpected " + token);
    }
  }

  private static String escape(String field) {
    return field.replace("~", "~0").replace("/", "~1");
  }

  public String name() {
    return name;
  }

  public JsonNode root() {
    return root;
  }

  /** The line of the node at {@code path}, or of its nearest ancestor; 0 when unknown. */
  public int line(String path) {
    String p = path;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      if (p.isEmpty()) {
        return 0;
      }
      p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
    }
  }

  /** A failure at {@code path}, naming this file and the line. */
  public RuleFileException error(String path, String problem) {
    return new RuleFileException(name, line(path), problem);
  }

  /** The node at {@code path} as an object; fails naming the line when it is something else. */
  public JsonNode object(String path) {
    JsonNode node = root.at(path);
    if (!node.isObject()) {
      throw error(path, "expected a mapping" + (path.isEmpty() ? "" : " at '" + path + "'") + found(node));
    }
    return node;
  }

  /**
   * Checks that the node at {@code path} is a mapping whose keys are all among {@code known}; a
   * misspelt key would otherwise be ignored and its default silently kept. {@code what} names a key
   * in the message ("key", "setting").
   */
  public void requireKeys(String path, String what, Collection<String> known) {
    JsonNode node = object(path);
    node.fieldNames().forEachRemaining(field -> {
      if (!known.contains(field)) {
        throw error(path + "/" + escape(field), "unknown " + what + " '" + field + "'"
            + (path.isEmpty() ? "" : " in '" + path.substring(1) + "'") + "; known: "
            + String.join(", ", new TreeSet<>(known)));
      }
    });
  }

  /** {@link #requireKeys(String, String, Collection)} for the top-level keys of a lexicon. */
  public void requireKeys(String... known) {
    requireKeys("", "key", List.of(known));
  }

  /** The strings of the list at {@code path}; a missing list is empty. */
  public List<String> strings(String path) {
    JsonNode node = root.at(path);
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw error(path, "expected a list at '" + path + "'" + found(node));
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      if (!item.isValueNode() || item.isNull()) {
        throw error(path + "/" + i, "expected a word or phrase, not " + item.getNodeType().name().toLowerCase());
      }
      out.add(item.asText());
    }
    return out;
  }

  /** The string-to-string mapping at {@code path}; a missing one is empty. */
  public Map<String, String> stringMap(String path) {
    JsonNode node = root.at(path);
    if (node.isMissingNode() || node.isNull()) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw error(path, "expected a mapping at '" + path + "'" + found(node));
    }
    Map<String, String> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> {
      if (!e.getValue().isValueNode() || e.getValue().isNull()) {
        throw error(path + "/" + escape(e.getKey()), "expected a value for '" + e.getKey() + "'");
      }
      out.put(e.getKey(), e.getValue().asText());
    });
    return out;
  }

  private static String found(JsonNode node) {
    return node.isMissingNode() ? ", found nothing" : ", found " + node.getNodeType().name().toLowerCase();
  }
}
