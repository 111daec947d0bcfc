package dev.crosscheck.cli;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.group.AutoGrouping;
import dev.crosscheck.group.GroupBy;
import dev.crosscheck.ingest.Corpus;
import dev.crosscheck.ingest.FieldGrouping;
import dev.crosscheck.ingest.LoadedStory;
import dev.crosscheck.ingest.StoryInput;
import dev.crosscheck.model.ProcessingError;
import dev.crosscheck.model.StoryGrouping;
import dev.crosscheck.model.StoryReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Groups a corpus's articles into stories as {@code --group-by} says and checks every story on
 * {@code threads} threads, with a progress bar when one is wanted. Each story's full result goes to
 * a sink, in the order of story ids, as soon as it and the stories before it are done; the run keeps
 * only {@link StoryReport#summarized() summaries}, so its memory does not grow with the corpus's
 * text. The result does not depend on the number of threads.
 */
final class StoryRunner {
  private StoryRunner() {}

  /**
   * The stories checked, summarized and sorted by id, and the corpus with the problems of articles
   * that belong to no story added.
   */
  record Result(Corpus corpus, List<StoryReport> stories) {}

  static Result run(Crosscheck cc, Corpus corpus, GroupBy by, int threads, boolean progress,
      Consumer<StoryReport> sink) {
    return switch (by) {
      case FOLDER -> new Result(corpus, check(corpus.stories(), s -> null, cc, threads, progress, sink));
      case FIELD -> {
        FieldGrouping.Result regrouped = FieldGrouping.regroup(corpus);
        yield new Result(corpus, check(regrouped.stories(), s -> regrouped.grouping().get(s.id()), cc, threads,
            progress, sink));
      }
      case AUTO -> auto(cc, corpus, threads, progress, sink);
    };
  }

  private static List<StoryReport> check(List<StoryInput> stories, Function<StoryInput, StoryGrouping> grouping,
      Crosscheck cc, int threads, boolean shown, Consumer<StoryReport> sink) {
    List<StoryInput> sorted = new ArrayList<>(stories);
    sorted.sort(Comparator.comparing(StoryInput::id));
    List<StoryReport> out = new ArrayList<>(sorted.size());
    try (Progress bar = Progress.start(shown, "checking", sorted.stream().mapToLong(s -> s.sources().size()).sum())) {
      Parallel.forEachOrdered(sorted, s -> {
        StoryReport r = cc.check(s);
        StoryGrouping g = grouping.apply(s);
        bar.step(s.sources().size());
        return g == null ? r : r.withGrouping(g);
      }, threads, r -> {
        sink.accept(r);
        out.add(r.summarized());
      });
    }
    return out;
  }

  /** Auto grouping reads every article first: the clustering needs them all (see docs/PERFORMANCE.md). */
  private static Result auto(Crosscheck cc, Corpus corpus, int threads, boolean shown, Consumer<StoryReport> sink) {
    List<StoryInput> singles = AutoGrouping.singles(corpus);
    List<LoadedStory> loaded;
    try (Progress bar = Progress.start(shown, "reading", singles.size())) {
      loaded = Parallel.map(singles, s -> {
        LoadedStory l = cc.load(s);
        bar.step(1);
        return l;
      }, threads);
    }
    AutoGrouping.Result grouped = cc.autoGrouping().group(singles, loaded);
    List<AutoGrouping.GroupedStory> stories = new ArrayList<>(grouped.stories());
    stories.sort(Comparator.comparing(g -> g.story().id()));
    long total = stories.stream().mapToLong(g -> g.story().articles().size()).sum();
    List<StoryReport> out = new ArrayList<>(stories.size());
    try (Progress bar = Progress.start(shown, "checking", total)) {
      Parallel.forEachOrdered(stories, g -> {
        StoryReport r = cc.check(g.story()).withGrouping(g.grouping());
        bar.step(g.story().articles().size());
        return r;
      }, threads, r -> {
        sink.accept(r);
        out.add(r.summarized());
      });
    }
    List<ProcessingError> errors = new ArrayList<>(corpus.errors());
    errors.addAll(grouped.errors());
    return new Result(new Corpus(corpus.name(), corpus.root(), corpus.stories(), errors), out);
  }
}
