package dev.crosscheck.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.model.ProcessingError;

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
}
