package dev.crosscheck.ingest;

import dev.crosscheck.model.StoryGrouping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code --group-by field}: the stories named by the articles' {@code story} field (JSON and JSONL
 * objects), whatever folder they are in; every other article (a text or HTML file, a JSON object
 * without the field) goes to the story of its file, whose id is the file's path relative to the
 * corpus ("feeds/today.jsonl", "loose/a.txt"; with "-file", then "-file-2" and so on, added should a
 * story field use the same name). Source ids stay as the corpus reader made them.
 */
public final class FieldGrouping {
  private FieldGrouping() {}

  /** The regrouped stories, sorted by id, and how each was grouped. */
  public record Result(List<StoryInput> stories, Map<String, StoryGrouping> grouping) {
    public Result {
      stories = List.copyOf(stories);
      grouping = Map.copyOf(grouping);
    }
  }

  public static Result regroup(Corpus corpus) {
    Map<String, List<SourceInput>> byField = new TreeMap<>();
    Map<String, List<SourceInput>> byFile = new TreeMap<>();
    for (StoryInput story : corpus.stories()) {
      for (SourceInput s : story.sources()) {
        String field = s instanceof SourceInput.JsonSource j ? JsonFields.text(j.node(), JsonFields.STORY).strip() : "";
        if (!field.isEmpty()) {
          byField.computeIfAbsent(story.id(), k -> new ArrayList<>()).add(s);
        } else {
          byFile.computeIfAbsent(s.file(), k -> new ArrayList<>()).add(s);
        }
      }
    }
    Map<String, List<SourceInput>> all = new TreeMap<>();
    Map<String, StoryGrouping> how = new TreeMap<>();
    byField.forEach((id, sources) -> {
      all.put(id, sources);
      how.put(id, StoryGrouping.FIELD);
    });
    byFile.forEach((file, sources) -> {
      String id = file;
      for (int n = 1; all.containsKey(id) || byField.containsKey(id); n++) {
        id = file + "-file" + (n == 1 ? "" : "-" + n); // never over a story of that name
      }
      all.put(id, sources);
      how.put(id, StoryGrouping.FILE);
    });
    List<StoryInput> stories = new ArrayList<>();
    all.forEach((id, sources) -> stories.add(new StoryInput(id, sources)));
    return new Result(stories, how);
  }
}
