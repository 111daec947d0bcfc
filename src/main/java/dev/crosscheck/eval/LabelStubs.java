package dev.crosscheck.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingValue;
import dev.crosscheck.model.Kind;
import java.util.List;

/**
 * The conflicts that have no label yet, in the labels' own format with an empty {@code label} and
 * {@code why}, for a person to read against the articles and fill in (then move into labels/).
 */
public final class LabelStubs {
  private LabelStubs() {}

  public static String json(List<Finding> unlabelled) {
    return json(unlabelled, "Conflicts without a label. Read each against the articles, set label (true,"
        + " false-different, false-compatible, false-extraction; see RUBRIC.md) and why, then add them to labels/.");
  }

  /** The omissions among the first of their stories that have no label yet, for omission-labels/. */
  public static String omissions(List<Finding> unlabelled) {
    return json(unlabelled, "Omissions among the first " + OmissionScore.FIRST + " of their stories without a label."
        + " Read each against the articles, set label (true, false-present, false-trivial, false-extraction; see the"
        + " Omissions table of RUBRIC.md) and why, then add them to omission-labels/.");
  }

  /** The sampled agreements that have no label yet, for agreement-labels/. */
  public static String agreements(List<Finding> unlabelled) {
    return json(unlabelled, "Sampled agreements without a label. Read each against the articles, set label (true,"
        + " false-different, false-conflict, false-extraction; see the Agreements table of RUBRIC.md) and why, then"
        + " add them to agreement-labels/.");
  }

  private static String json(List<Finding> unlabelled, String about) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("about", about);
    ArrayNode labels = root.putArray("labels");
    for (Finding f : unlabelled) {
      ObjectNode n = labels.addObject();
      n.put("story", f.story());
      n.put("rule", f.rule());
      n.put("label", "");
      n.put("why", "");
      n.put("message", f.message());
      if (f.kind() == Kind.OMISSION || f.kind() == Kind.AGREEMENT) {
        f.reportedBy().forEach(n.putArray("reportedBy")::add);
        f.omittedBy().forEach(n.putArray("omittedBy")::add);
      }
      ArrayNode values = n.putArray("values");
      for (FindingValue v : f.values()) {
        ObjectNode value = values.addObject();
        value.put("text", v.text());
        v.sources().forEach(value.putArray("sources")::add);
      }
      ArrayNode evidence = n.putArray("evidence");
      for (Evidence e : f.evidence()) {
        evidence.addObject().put("source", e.source()).put("text", e.text());
      }
    }
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
