package dev.crosscheck.bench;

import dev.crosscheck.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code crosscheck} as a user runs it (the command line, in a JVM of its own), watched: the exit
 * code, the time and the heap. Run by {@link WholeRunBenchmark}. Usage: CheckRun ARGS...
 */
public final class CheckRun {
  private CheckRun() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    try (HeapWatch heap = new HeapWatch()) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
      long end = System.nanoTime();
      System.err.print(err);
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("exit", code);
      result.put("workSeconds", FloorRun.seconds(end - start));
      result.put("cpuSeconds", FloorRun.seconds(FloorRun.cpuNanos()));
      result.put("peakHeapMb", heap.peakUsedBytes() >> 20);
      result.put("peakLiveMb", heap.peakLiveBytes() >> 20);
      System.out.println(ChildResult.line(result));
    }
  }
}
