package dev.crosscheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.model.FindingValue;
import dev.crosscheck.model.ProcessingError;
import java.util.List;

/** JSON pieces shared by the reports. */
final class ReportJson {
  private ReportJson() {}

  static ObjectNode error(ProcessingError e) {
    ObjectNode o = Json.object();
    o.put("story", e.story());
    o.put("source", e.source());
    o.put("severity", e.severity());
    o.put("what", e.what());
    o.put("where", e.where());
    return o;
  }

  /** A finding's values, each with its text, normal form and sources, added to {@code out}. */
  static void values(ArrayNode out, List<FindingValue> values) {
    for (FindingValue v : values) {
      ObjectNode x = out.addObject();
      x.put("text", v.text());
      x.put("normalized", v.normalized());
      ArrayNode sources = x.putArray("sources");
      v.sources().forEach(sources::add);
    }
  }
}
