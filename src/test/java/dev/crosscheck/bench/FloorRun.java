package dev.crosscheck.bench;

import dev.crosscheck.nlp.NlpModels;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * The floor: bare OpenNLP sentence detection, tokenisation and part-of-speech tagging (its default
 * beam search) of every article file of a corpus, whole and as written, on all cores. Nothing can
 * check news with these models in less time. Run in its own JVM by {@link WholeRunBenchmark}.
 * Usage: FloorRun CORPUS [THREADS]
 */
public final class FloorRun {
  private FloorRun() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    Path corpus = Path.of(args[0]);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    try (HeapWatch heap = new HeapWatch()) {
      List<Path> files = files(corpus);
      NlpModels models = NlpModels.shared();
      models.sentences();
      models.tokenizer();
      models.pos();
      long loaded = System.nanoTime();
      AtomicInteger next = new AtomicInteger();
      AtomicLong tokens = new AtomicLong();
      AtomicLong sentences = new AtomicLong();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(pool.submit(() -> {
          SentenceDetectorME detector = new SentenceDetectorME(models.sentences());
          TokenizerME tokenizer = new TokenizerME(models.tokenizer());
          POSTaggerME tagger = new POSTaggerME(models.pos());
          for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
            for (String sentence : detector.sentDetect(read(files.get(i)))) {
              String[] words = tokenizer.tokenize(sentence);
              tagger.tag(words);
              tokens.addAndGet(words.length);
              sentences.incrementAndGet();
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
      long end = System.nanoTime();
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("articles", files.size());
      result.put("sentences", sentences.get());
      result.put("tokens", tokens.get());
      result.put("loadSeconds", seconds(loaded - start));
      result.put("workSeconds", seconds(end - loaded));
      result.put("cpuSeconds", seconds(cpuNanos()));
      result.put("peakHeapMb", heap.peakUsedBytes() >> 20);
      result.put("peakLiveMb", heap.peakLiveBytes() >> 20);
      System.out.println(ChildResult.line(result));
    }
  }

  static List<Path> files(Path corpus) throws IOException {
    try (Stream<Path> walk = Files.walk(corpus)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    }
  }

  static String read(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      try {
        return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The CPU time of this JVM so far, all its threads: the program's, the JIT compilers' and the collector's. */
  static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  static String seconds(long nanos) {
    return String.format(java.util.Locale.ROOT, "%.3f", nanos / 1e9);
  }
}
