package dev.crosscheck.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.sentdetect.SentenceDetectorME;

/** The sentences of real news text in the repository: the seeds and the evaluation stories. */
final class NewsSentences {
  private NewsSentences() {}

  static List<String> all() {
    SentenceDetectorME sentences = new SentenceDetectorME(NlpModels.shared().sentences());
    List<String> out = new ArrayList<>();
    for (Path root : List.of(Path.of("seeds"), Path.of("src/test/resources/eval/stories"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted()
            .toList()) {
          out.addAll(List.of(sentences.sentDetect(Files.readString(f, StandardCharsets.UTF_8))));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
