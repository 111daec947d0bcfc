package dev.crosscheck.report.html;

import dev.crosscheck.report.html.HtmlView.FilterOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The keys that tie findings to the source filter: "src1", "src2"... given to source ids in the
 * order they first appear in the report's stories, so a page can be written story by story. The
 * filter lists the sources by id, each with the name it first appeared under.
 */
public final class SourceKeys {
  private final Map<String, String> keys = new HashMap<>();
  private final Map<String, String> names = new TreeMap<>();

  /** The key of {@code source}, given now if it has none. */
  String key(String source, String name) {
    names.putIfAbsent(source, name);
    String key = keys.get(source);
    if (key == null) {
      key = "src" + (keys.size() + 1);
      keys.put(source, key);
    }
    return key;
  }

  List<FilterOption> filters() {
    List<FilterOption> out = new ArrayList<>(names.size());
    names.forEach((source, name) -> out.add(new FilterOption(keys.get(source), source, name)));
    return out;
  }
}
