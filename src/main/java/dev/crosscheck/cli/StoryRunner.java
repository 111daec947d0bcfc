package dev.crosscheck.cli;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.group.AutoGrouping;
import dev.crosscheck.group.GroupBy;
import dev.crosscheck.ingest.Corpus;
import dev.crosscheck.ingest.FieldGrouping;
import dev.crosscheck.ingest.LoadedStory;
import dev.crosscheck.ingest.StoryInput;
import dev.crosscheck.model.ProcessingError;
import dev.crosscheck.model.StoryReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups a corpus's articles into stories as {@code --group-by} says and checks every story on
 * {@code threads} threads, with a progress bar when one is wanted. The result does not depend on
 * the number of threads.
 */
final class StoryRunner {
  private StoryRunner() {}

  /** The stories checked, and the corpus with the problems of articles that belong to no story added. */
  record Result(Corpus corpus, List<StoryReport> stories) {}

  static Result run(Crosscheck cc, Corpus corpus, GroupBy by, int threads, boolean progress) {
    return switch (by) {
      case FOLDER -> new Result(corpus, check(cc, corpus.stories(), threads, progress));
      case FIELD -> {
        FieldGrouping.Result regrouped = FieldGrouping.regroup(corpus);
        List<StoryReport> reports = check(cc, regrouped.stories(), threads, progress);
        List<StoryReport> out = new ArrayList<>(reports.size());
        for (StoryReport r : reports) {
          out.add(r.withGrouping(regrouped.grouping().get(r.id())));
        }
        yield new Result(corpus, out);
      }
      case AUTO -> auto(cc, corpus, threads, progress);
    };
  }

  private static List<StoryReport> check(Crosscheck cc, List<StoryInput> stories, int threads, boolean shown) {
    try (Progress bar = Progress.start(shown, "checking", articles(stories))) {
      return Parallel.map(stories, s -> {
        StoryReport r = cc.check(s);
        bar.step(s.sources().size());
        return r;
      }, threads);
    }
  }

  private static Result auto(Crosscheck cc, Corpus corpus, int threads, boolean shown) {
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
    List<AutoGrouping.GroupedStory> stories = grouped.stories();
    long total = stories.stream().mapToLong(g -> g.story().articles().size()).sum();
    List<StoryReport> reports;
    try (Progress bar = Progress.start(shown, "checking", total)) {
      reports = Parallel.map(stories, g -> {
        StoryReport r = cc.check(g.story()).withGrouping(g.grouping());
        bar.step(g.story().articles().size());
        return r;
      }, threads);
    }
    List<ProcessingError> errors = new ArrayList<>(corpus.errors());
    errors.addAll(grouped.errors());
    return new Result(new Corpus(corpus.name(), corpus.root(), corpus.stories(), errors), reports);
  }

  private static long articles(List<StoryInput> stories) {
    return stories.stream().mapToLong(s -> s.sources().size()).sum();
  }
}
