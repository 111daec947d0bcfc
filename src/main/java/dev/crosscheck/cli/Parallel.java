package dev.crosscheck.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Maps a function over items on a fixed pool of threads, keeping the items' order in the results. */
final class Parallel {
  private Parallel() {}

  static <T, R> List<R> map(List<T> items, Function<T, R> f, int threads) {
    int n = Math.max(1, Math.min(threads, items.size()));
    if (n == 1) {
      List<R> out = new ArrayList<>(items.size());
      for (T item : items) {
        out.add(f.apply(item));
      }
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "crosscheck-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<R>> futures = new ArrayList<>(items.size());
      for (T item : items) {
        futures.add(pool.submit(() -> f.apply(item)));
      }
      List<R> out = new ArrayList<>(items.size());
      for (Future<R> fut : futures) {
        out.add(fut.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }
}
