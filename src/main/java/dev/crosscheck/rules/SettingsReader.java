package dev.crosscheck.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/** Reads typed, range-checked values of one section of settings.yaml, naming the line of a bad one. */
final class SettingsReader {
  private final YamlDocument doc;
  private final String section;
  private final Set<String> read = new HashSet<>();

  SettingsReader(YamlDocument doc, String section) {
    this.doc = doc;
    this.section = "/" + section;
    doc.object(this.section);
  }

  private JsonNode node(String key) {
    read.add(key);
    JsonNode n = doc.root().at(section + "/" + key);
    if (n.isMissingNode() || n.isNull()) {
      throw doc.error(section, "missing setting '" + key + "' in section '" + section.substring(1) + "'");
    }
    return n;
  }

  int integer(String key, int min, int max) {
    JsonNode n = node(key);
    if (!n.isIntegralNumber() || n.asLong() < min || n.asLong() > max) {
      throw doc.error(section + "/" + key, "'" + key + "' must be a whole number from " + min + " to " + max
          + ", not " + n.asText());
    }
    return n.asInt();
  }

  double number(String key, double min, double max) {
    JsonNode n = node(key);
    if (!n.isNumber() || n.asDouble() < min || n.asDouble() > max) {
      throw doc.error(section + "/" + key, "'" + key + "' must be a number from " + min + " to " + max
          + ", not " + n.asText());
    }
    return n.asDouble();
  }

  boolean bool(String key) {
    JsonNode n = node(key);
    if (!n.isBoolean()) {
      throw doc.error(section + "/" + key, "'" + key + "' must be true or false, not " + n.asText());
    }
    return n.asBoolean();
  }

  double fraction(String key) {
    return number(key, 0, 1);
  }

  /** Refuses any key of the section that was not read: a misspelt setting would keep its default. */
  <T> T finish(T settings) {
    doc.requireKeys(section, "setting", read);
    return settings;
  }
}
