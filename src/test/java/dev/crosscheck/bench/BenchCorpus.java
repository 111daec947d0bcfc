package dev.crosscheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A generated benchmark corpus: whole stories copied, byte for byte, from the given story folders
 * (each subfolder of a source corpus is a story), round after round, until it holds at least the
 * wanted number of articles. Copy k of story s is folder {@code kNN-s}. Same inputs, same corpus.
 * The stories go to {@code dir/stories}; the notices of the source corpora to {@code dir/notices}.
 */
record BenchCorpus(Path stories, int articles, int storyCount) {

  static BenchCorpus generate(Path dir, List<Path> sources, int wanted) throws IOException {
    List<Path> storyDirs = new ArrayList<>();
    Path notices = dir.resolve("notices");
    Files.createDirectories(notices);
    for (Path source : sources) {
      if (!Files.isDirectory(source)) {
        throw new IOException("no such corpus directory: " + source);
      }
      List<Path> subdirs = list(source).stream().filter(Files::isDirectory).toList();
      if (subdirs.isEmpty()) {
        storyDirs.add(source); // a folder of articles is one story
      } else {
        storyDirs.addAll(subdirs);
      }
      for (Path file : list(source)) {
        if (Files.isRegularFile(file) && file.getFileName().toString().toLowerCase().startsWith("readme")) {
          Files.copy(file, notices.resolve(source.getFileName() + "-" + file.getFileName()),
              StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Path stories = dir.resolve("stories");
    deleteTree(stories);
    Files.createDirectories(stories);
    int articles = 0;
    int count = 0;
    for (int round = 1; articles < wanted; round++) {
      int before = articles;
      for (Path story : storyDirs) {
        if (articles >= wanted) {
          break;
        }
        Path target = stories.resolve(String.format("k%02d-%s", round, story.getFileName()));
        Files.createDirectories(target);
        for (Path file : list(story)) {
          if (Files.isRegularFile(file) && !file.getFileName().toString().startsWith(".")) {
            Files.copy(file, target.resolve(file.getFileName()));
            articles++;
          }
        }
        count++;
      }
      if (articles == before) {
        throw new IOException("no articles in " + sources);
      }
    }
    return new BenchCorpus(stories, articles, count);
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(p);
      }
    }
  }
}
