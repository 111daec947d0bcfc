package dev.crosscheck.group;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.ingest.Corpus;
import dev.crosscheck.ingest.LoadedStory;
import dev.crosscheck.ingest.StoryInput;
import dev.crosscheck.model.Article;
import dev.crosscheck.rules.RulesSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Measures {@code --group-by auto} against a corpus whose folders are the true stories: copies every
 * article into one flat temporary folder (named {@code <folder>__<file>}, the folder's path with "/"
 * as "_"), groups them as {@code crosscheck check --group-by auto} does, and prints pairwise
 * precision, recall and F1 over pairs of articles (same story in the folders vs. in the grouping).
 *
 * <pre>
 * java -cp target/crosscheck-0.1.0-cli.jar dev.crosscheck.group.GroupingEval CORPUS [--details]
 * </pre>
 */
public final class GroupingEval {
  private GroupingEval() {}

  /** The scores of one grouping against the truth. */
  public record Score(int articles, int goldStories, int stories, long goldPairs, long pairs, long truePairs,
      long loadMillis, long groupMillis) {
    public double precision() {
      return pairs == 0 ? 1 : (double) truePairs / pairs;
    }

    public double recall() {
      return goldPairs == 0 ? 1 : (double) truePairs / goldPairs;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "articles %d, true stories %d, stories found %d%n"
              + "pairwise precision %.3f, recall %.3f, F1 %.3f (pairs: %d true, %d found, %d both)%n"
              + "reading %d ms, grouping %d ms",
          articles, goldStories, stories, precision(), recall(), f1(), goldPairs, pairs, truePairs, loadMillis,
          groupMillis);
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: GroupingEval CORPUS [--details]");
      System.exit(2);
    }
    boolean details = List.of(args).contains("--details");
    Crosscheck cc = Crosscheck.load(RulesSource.bundled());
    Path flat = Files.createTempDirectory("crosscheck-grouping");
    try {
      flatten(Path.of(args[0]), flat);
      List<String> lines = new ArrayList<>();
      Score s = measure(cc, flat, Runtime.getRuntime().availableProcessors(), details ? lines : null);
      lines.forEach(System.out::println);
      System.out.println(s);
    } finally {
      deleteTree(flat);
    }
  }

  /** Copies every file under {@code corpus}'s subfolders into {@code flat} as {@code <folder>__<file>}. */
  public static void flatten(Path corpus, Path flat) throws IOException {
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        Path rel = corpus.relativize(f);
        if (rel.getNameCount() < 2) {
          continue;
        }
        String folder = rel.getParent().toString().replace('\\', '/').replace('/', '_');
        Files.copy(f, flat.resolve(folder + "__" + f.getFileName()));
      }
    }
  }

  /** Groups the flat folder and scores it; the true story of a file is its name up to "__". */
  public static Score measure(Crosscheck cc, Path flat, int threads, List<String> details) {
    Corpus corpus = cc.scan(flat);
    List<StoryInput> singles = AutoGrouping.singles(corpus);
    long t0 = System.nanoTime();
    List<LoadedStory> loaded = map(singles, cc::load, threads);
    long t1 = System.nanoTime();
    AutoGrouping.Result result = cc.autoGrouping().group(singles, loaded);
    long t2 = System.nanoTime();
    Map<String, String> predicted = new HashMap<>();
    Map<String, Map<String, Integer>> composition = new TreeMap<>();
    for (AutoGrouping.GroupedStory g : result.stories()) {
      for (Article a : g.story().articles()) {
        predicted.put(a.file(), g.story().id());
        composition.computeIfAbsent(g.story().id(), k -> new TreeMap<>()).merge(gold(a.file()), 1, Integer::sum);
      }
    }
    Map<String, Integer> goldSizes = new HashMap<>();
    Map<String, Integer> predSizes = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (var e : predicted.entrySet()) {
      String g = gold(e.getKey());
      goldSizes.merge(g, 1, Integer::sum);
      predSizes.merge(e.getValue(), 1, Integer::sum);
      both.merge(g + "\u0000" + e.getValue(), 1, Integer::sum);
    }
    if (details != null) {
      composition.forEach((story, golds) -> {
        if (golds.size() > 1) {
          details.add("mixed " + story + ": " + golds);
        }
      });
      Map<String, List<String>> splits = new TreeMap<>();
      composition.forEach((story, golds) -> golds.forEach((g, n) -> splits.computeIfAbsent(g, k -> new ArrayList<>())
          .add(story + "=" + n)));
      splits.forEach((g, parts) -> {
        if (parts.size() > 1) {
          details.add("split " + g + ": " + parts);
        }
      });
    }
    return new Score(predicted.size(), goldSizes.size(), predSizes.size(), pairs(goldSizes), pairs(predSizes),
        pairs(both), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
  }

  static String gold(String file) {
    int cut = file.lastIndexOf("__");
    return cut < 0 ? file : file.substring(0, cut);
  }

  private static long pairs(Map<String, Integer> sizes) {
    long n = 0;
    for (int s : sizes.values()) {
      n += (long) s * (s - 1) / 2;
    }
    return n;
  }

  static <T, R> List<R> map(List<T> items, java.util.function.Function<T, R> f, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(pool.submit(() -> f.apply(item)));
      }
      List<R> out = new ArrayList<>();
      for (Future<R> fut : futures) {
        out.add(fut.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
