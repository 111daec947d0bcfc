package dev.crosscheck.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.Severity;
import dev.crosscheck.model.ValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rule catalog (catalog.yaml), loaded and validated: every rule has a unique stable id and
 * name, a known kind, severity and check, value types the check reads, parameters the check
 * accepts, and a message whose placeholders exist. The first problem stops loading with the file
 * and line.
 */
public final class RuleCatalog {
  static final String FILE = "catalog.yaml";
  private static final Pattern ID = Pattern.compile("[A-Z]{2,4}[0-9]{3,4}");
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
  private static final List<String> REQUIRED = List.of("id", "name", "kind", "severity", "check", "applies_to",
      "message", "description", "example");
  private static final Set<String> KNOWN = Set.of("id", "name", "kind", "severity", "check", "applies_to",
      "parameters", "message", "description", "example");

  private final List<Rule> rules;
  private final int version;

  private RuleCatalog(List<Rule> rules, int version) {
    this.rules = List.copyOf(rules);
    this.version = version;
  }

  public List<Rule> rules() {
    return rules;
  }

  public int version() {
    return version;
  }

  public static RuleCatalog load(RulesSource source) {
    String name = source.display(FILE);
    String content = source.read(FILE).orElseThrow(() -> new RuleFileException(name, 0, "missing rule catalog"));
    return parse(YamlDocument.parse(name, content));
  }

  static RuleCatalog parse(YamlDocument doc) {
    JsonNode root = doc.root();
    if (!root.isObject()) {
      throw doc.error("", "the catalog must be a mapping with 'version' and 'rules'");
    }
    JsonNode version = root.get("version");
    if (version == null || !version.isIntegralNumber() || version.asInt() != 1) {
      throw doc.error("/version", "unsupported catalog version " + version + "; this crosscheck reads version 1");
    }
    JsonNode list = root.get("rules");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw doc.error("/rules", "'rules' must be a non-empty list");
    }
    List<Rule> rules = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    Map<String, Integer> names = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      String path = "/rules/" + i;
      Rule rule = rule(doc, path, list.get(i));
      Integer previous = ids.put(rule.id(), rule.line());
      if (previous != null) {
        throw doc.error(path + "/id", "duplicate rule id " + rule.id() + " (first defined at line " + previous + ")");
      }
      previous = names.put(rule.name(), rule.line());
      if (previous != null) {
        throw doc.error(path + "/name", "duplicate rule name " + rule.name() + " (first defined at line " + previous
            + ")");
      }
      rules.add(rule);
    }
    return new RuleCatalog(rules, 1);
  }

  private static Rule rule(YamlDocument doc, String path, JsonNode node) {
    if (!node.isObject()) {
      throw doc.error(path, "a rule must be a mapping");
    }
    for (String field : REQUIRED) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull() || v.isValueNode() && v.asText().isBlank()) {
        throw doc.error(path, "rule is missing '" + field + "'");
      }
    }
    node.fieldNames().forEachRemaining(f -> {
      if (!KNOWN.contains(f)) {
        throw doc.error(path + "/" + f, "unknown field '" + f + "' (known: " + new java.util.TreeSet<>(KNOWN) + ")");
      }
    });
    String id = text(doc, path, node, "id");
    if (!ID.matcher(id).matches()) {
      throw doc.error(path + "/id", "rule id '" + id + "' must look like CC101 (2-4 capitals, 3-4 digits)");
    }
    String name = text(doc, path, node, "name");
    if (!NAME.matcher(name).matches()) {
      throw doc.error(path + "/name", "rule name '" + name + "' must be lower case words joined by '-'");
    }
    Kind kind = parse(doc, path + "/kind", () -> Kind.parse(text(doc, path, node, "kind")));
    Severity severity = parse(doc, path + "/severity", () -> Severity.parse(text(doc, path, node, "severity")));
    String checkName = text(doc, path, node, "check");
    Check check = Checks.named(checkName);
    if (check == null) {
      throw doc.error(path + "/check", "unknown rule type (check) '" + checkName + "'; known: " + Checks.names());
    }
    if (check.kind() != kind) {
      throw doc.error(path + "/kind", "check '" + checkName + "' makes " + check.kind().label() + " findings, not "
          + kind.label());
    }
    JsonNode types = node.get("applies_to");
    if (!types.isArray() || types.isEmpty()) {
      throw doc.error(path + "/applies_to", "'applies_to' must be a non-empty list of value types");
    }
    List<ValueType> appliesTo = new ArrayList<>();
    for (int k = 0; k < types.size(); k++) {
      String label = types.get(k).asText();
      ValueType t = parse(doc, path + "/applies_to/" + k, () -> ValueType.parse(label));
      if (!check.types().contains(t)) {
        throw doc.error(path + "/applies_to/" + k, "check '" + checkName + "' does not read " + label + " values");
      }
      appliesTo.add(t);
    }
    JsonNode params = node.get("parameters");
    if (params == null || params.isNull()) {
      params = JsonNodeFactory.instance.objectNode();
    }
    if (!params.isObject()) {
      throw doc.error(path + "/parameters", "'parameters' must be a mapping");
    }
    Map<String, Param> accepted = new HashMap<>();
    check.parameters().forEach(p -> accepted.put(p.name(), p));
    var it = params.fields();
    while (it.hasNext()) {
      var e = it.next();
      Param p = accepted.get(e.getKey());
      if (p == null) {
        throw doc.error(path + "/parameters/" + e.getKey(), "check '" + checkName + "' has no parameter '"
            + e.getKey() + "' (accepted: " + new java.util.TreeSet<>(accepted.keySet()) + ")");
      }
      String problem = p.problem(e.getValue());
      if (problem != null) {
        throw doc.error(path + "/parameters/" + e.getKey(), problem);
      }
    }
    String message = text(doc, path, node, "message");
    List<String> unknown = Messages.unknownPlaceholders(message);
    if (!unknown.isEmpty()) {
      throw doc.error(path + "/message", "unknown placeholder {" + unknown.get(0) + "} (known: "
          + new java.util.TreeSet<>(Messages.PLACEHOLDERS) + ")");
    }
    return new Rule(id, name, kind, severity, checkName, appliesTo, params, message,
        text(doc, path, node, "description"), text(doc, path, node, "example"), doc.name(), doc.line(path));
  }

  private static String text(YamlDocument doc, String path, JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isValueNode()) {
      throw doc.error(path + "/" + field, "'" + field + "' must be text");
    }
    return v.asText().strip();
  }

  private interface Parser<T> {
    T parse();
  }

  private static <T> T parse(YamlDocument doc, String path, Parser<T> parser) {
    try {
      return parser.parse();
    } catch (IllegalArgumentException e) {
      throw doc.error(path, e.getMessage());
    }
  }
}
