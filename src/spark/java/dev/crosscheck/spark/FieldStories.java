package dev.crosscheck.spark;

import dev.crosscheck.model.StoryGrouping;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import scala.Tuple2;

/**
 * {@code --group-by field} on Spark, as {@link dev.crosscheck.ingest.FieldGrouping} does it on one
 * machine, in two shuffles. First the folder stories are formed, as with {@code --group-by folder},
 * so that source ids are made unique there ("x", "x-2") exactly as the command line's corpus reader
 * makes them; then {@link #place} sends every article to the story named by its {@code story} field
 * or, without one, to the story of its file (its path relative to the corpus), and {@link #run}
 * checks the stories so formed. A file story whose path is also the name of a field story is named
 * with "-file" added. Problems met reading the corpus keep the story they were found in.
 */
final class FieldStories {
  private FieldStories() {}

  /** The articles of one folder story, each keyed by the name of its new story; problems keyed by their story. */
  static List<Tuple2<String, Item>> place(String folderStory, Iterable<Item> items) {
    List<SourceRecord> sources = new ArrayList<>();
    List<Tuple2<String, Item>> out = new ArrayList<>();
    for (Item item : items) {
      if (item instanceof SourceRecord s) {
        sources.add(s);
      } else if (item instanceof ErrorRecord e) {
        out.add(new Tuple2<>(e.story(), e));
      } else {
        throw new IllegalArgumentException("already placed: " + item);
      }
    }
    List<SourceRecord> unique = StoryRunner.uniqueIds(sources);
    for (int i = 0; i < unique.size(); i++) {
      SourceRecord s = unique.get(i);
      out.add(new Tuple2<>(s.storyField() ? folderStory : s.file(), new Placed(s, i)));
    }
    return out;
  }

  /**
   * Checks what {@link #place} sent to {@code name}: the field story {@code name}, the file story
   * {@code name} (or "name-file" when both exist), and the problems, each as one result.
   */
  static List<StoryResult> run(String name, Iterable<Item> items, String rulesDir, Gating gating,
      Configuration conf) {
    List<Placed> byField = new ArrayList<>();
    List<Placed> byFile = new ArrayList<>();
    List<ErrorRecord> problems = new ArrayList<>();
    for (Item item : items) {
      if (item instanceof Placed p) {
        (p.source().storyField() ? byField : byFile).add(p);
      } else if (item instanceof ErrorRecord e) {
        problems.add(e);
      } else {
        throw new IllegalArgumentException("not placed: " + item);
      }
    }
    List<StoryResult> out = new ArrayList<>();
    if (!problems.isEmpty()) {
      out.add(StoryResult.problems(name, problems));
    }
    if (!byField.isEmpty()) {
      out.add(StoryRunner.check(name, inOrder(byField), StoryGrouping.FIELD, rulesDir, gating, conf));
    }
    if (!byFile.isEmpty()) {
      String id = byField.isEmpty() ? name : name + "-file";
      out.add(StoryRunner.check(id, inOrder(byFile), StoryGrouping.FILE, rulesDir, gating, conf));
    }
    return out;
  }

  /** The articles in their folder story's order (all of one new story come from one folder story). */
  private static List<SourceRecord> inOrder(List<Placed> placed) {
    return placed.stream().sorted(Comparator.comparingInt(Placed::order)).map(Placed::source).toList();
  }
}
