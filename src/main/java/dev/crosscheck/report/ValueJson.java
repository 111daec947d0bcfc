package dev.crosscheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.Person;
import dev.crosscheck.model.Place;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.Quote;
import dev.crosscheck.model.Rank;
import dev.crosscheck.model.Role;
import dev.crosscheck.model.Statement;
import dev.crosscheck.model.TimeValue;
import dev.crosscheck.model.Value;

/** JSON forms of values and evidence, shared by the extract and check reports. */
public final class ValueJson {
  private ValueJson() {}

  public static ObjectNode value(Value v) {
    ObjectNode o = Json.object();
    o.put("type", v.type().label());
    o.put("text", v.text());
    o.put("normalized", v.normalized());
    if (v instanceof Quantity q) {
      o.put("amount", q.amount());
      if (q.upper() != null) {
        o.put("upper", q.upper());
      }
      o.put("hedge", q.hedge().label());
      o.put("unit", q.unit());
    } else if (v instanceof Rank r) {
      o.put("kind", r.kind().name().toLowerCase(java.util.Locale.ROOT));
      o.put("position", r.position());
      o.put("noun", r.noun());
    } else if (v instanceof TimeValue t) {
      o.put("kind", t.kind().name().toLowerCase(java.util.Locale.ROOT));
      putIfSet(o, "year", t.year());
      putIfSet(o, "month", t.month());
      putIfSet(o, "day", t.day());
      if (t.weekday() != null) {
        o.put("weekday", TimeValue.weekdayName(t.weekday()));
      }
      if (t.relative() != null) {
        o.put("relative", t.relative());
      }
      if (t.amount() != null) {
        o.put("amount", t.amount());
        o.put("unit", t.unit());
      }
      o.put("resolved", t.resolved());
    } else if (v instanceof Place p) {
      o.put("name", p.name());
      o.put("level", p.level().name().toLowerCase(java.util.Locale.ROOT));
      ArrayNode within = o.putArray("within");
      p.within().forEach(within::add);
    } else if (v instanceof Person p) {
      o.put("key", p.key());
    } else if (v instanceof Role r) {
      o.put("role", r.role());
      o.put("qualifier", r.qualifier());
      o.put("holder", r.holder());
      o.put("holderKey", r.holderKey());
    } else if (v instanceof Quote q) {
      o.put("speaker", q.speaker());
      o.put("speakerKey", q.speakerKey());
    } else if (v instanceof Statement s) {
      o.put("predicate", s.predicate());
      o.put("subject", s.subject());
      o.put("object", s.object());
    }
    return o;
  }

  private static void putIfSet(ObjectNode o, String field, Integer value) {
    if (value != null) {
      o.put(field, value);
    }
  }

  public static ObjectNode evidence(Evidence e) {
    ObjectNode o = Json.object();
    o.put("source", e.source());
    o.put("text", e.text());
    o.put("start", e.start());
    o.put("end", e.end());
    return o;
  }
}
