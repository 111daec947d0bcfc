package dev.crosscheck.spark;

import dev.crosscheck.ci.CorpusUri;
import dev.crosscheck.ingest.CorpusException;
import dev.crosscheck.ingest.FeedRules;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Lists a corpus on the driver, through Hadoop's file systems (any path Spark reads: file:, hdfs:,
 * s3a:, ...), with the rules of {@link dev.crosscheck.ingest.CorpusReader}: a directory's own files
 * form the story named after it, each subdirectory is a story named by its path under the corpus, a
 * .json or .jsonl file may be the corpus itself; hidden entries, README, LICENSE and the like are
 * skipped. Only names are listed here: files are read on the executors.
 */
final class CorpusListing {
  /** As in CorpusReader: files that are not articles. */
  private static final Set<String> NOT_ARTICLES = Set.of("readme", "license", "licence", "notice", "changelog",
      "copying", "authors", "contributing");

  /**
   * The corpus name (the directory or feed file name), its root (the directory, or the feed's), its
   * files and the problems met listing it.
   */
  record Listing(String name, URI root, List<FileEntry> files, List<ErrorRecord> errors) {
    /**
     * Where the corpus directory is, for SARIF, as the command line gives it: relative to the
     * working directory, or an absolute URI with a final "/" (any file system's).
     */
    String corpusUri() {
      return "file".equals(root.getScheme()) ? CorpusUri.of(Paths.get(root))
          : root.toASCIIString().replaceAll("/?$", "/");
    }
  }

  private final FileSystem fs;
  private final List<FileEntry> files = new ArrayList<>();
  private final List<ErrorRecord> errors = new ArrayList<>();
  private final Set<String> visited = new HashSet<>();
  private URI root;
  private String rootPath;
  private String rootStory;

  private CorpusListing(FileSystem fs) {
    this.fs = fs;
  }

  /** Lists {@code input}; throws {@link CorpusException} when it is missing or not a corpus. */
  static Listing list(String input, Configuration conf) throws IOException {
    Path path = new Path(input);
    FileSystem fs = path.getFileSystem(conf);
    return new CorpusListing(fs).read(input, fs.makeQualified(path));
  }

  private Listing read(String input, Path path) throws IOException {
    if (!fs.exists(path)) {
      throw new CorpusException("no such corpus: " + input);
    }
    FileStatus status = fs.getFileStatus(path);
    String name = path.getName().isEmpty() ? "corpus" : path.getName();
    if (status.isFile()) {
      FeedRules.Kind kind = FeedRules.kind(name);
      if (kind != FeedRules.Kind.JSON && kind != FeedRules.Kind.JSONL) {
        throw new CorpusException("not a corpus: " + input + " is a file but not a .json or .jsonl feed");
      }
      root = path.getParent().toUri();
      rootPath = root.getPath();
      rootStory = FeedRules.stem(name);
      addFile(status, rootStory);
      name = FeedRules.stem(name);
    } else if (status.isDirectory()) {
      root = path.toUri();
      rootPath = root.getPath();
      rootStory = name;
      walk(path, rootStory);
    } else {
      throw new CorpusException("not a corpus: " + input + " is neither a directory nor a feed file");
    }
    if (files.isEmpty()) {
      throw new CorpusException(errors.isEmpty() ? noArticles(input) : noArticles(input, errors.get(0), errors.size()));
    }
    return new Listing(name, root, files, errors);
  }

  static String noArticles(String input) {
    return "no articles in " + input + " (looked for .txt, .md, .html, .htm, .json, .jsonl files)";
  }

  /** As CorpusReader, when the corpus held only problems: the first, and how many more. */
  static String noArticles(String input, ErrorRecord first, long problems) {
    String more = problems > 1 ? " (and " + (problems - 1) + " more problems)" : "";
    return "no articles in " + input + ": " + first.where() + ": " + first.what() + more;
  }

  private void walk(Path dir, String story) {
    if (!visited.add(realKey(dir))) {
      errors.add(new ErrorRecord(story, relative(dir), "symlink loop: directory already read, skipped",
          relative(dir), "error"));
      return;
    }
    FileStatus[] entries;
    try {
      entries = fs.listStatus(dir);
    } catch (IOException e) {
      errors.add(new ErrorRecord(story, relative(dir), "cannot list directory: " + e.getMessage(), relative(dir),
          "error"));
      return;
    }
    Arrays.sort(entries, Comparator.comparing(s -> s.getPath().getName()));
    brokenLinks(dir, entries, story);
    for (FileStatus entry : entries) {
      String fileName = entry.getPath().getName();
      if (fileName.startsWith(".")) {
        continue;
      }
      if (entry.isDirectory()) {
        walk(entry.getPath(), relative(entry.getPath()));
      } else if (entry.isFile()) {
        addFile(entry, story);
      }
    }
  }

  private void addFile(FileStatus status, String story) {
    String fileName = status.getPath().getName();
    if (NOT_ARTICLES.contains(FeedRules.stem(fileName).toLowerCase(Locale.ROOT))) {
      return;
    }
    FeedRules.Kind kind = FeedRules.kind(fileName);
    if (kind != FeedRules.Kind.OTHER) {
      files.add(new FileEntry(story, status.getPath().toUri().toString(), relative(status.getPath()), kind));
    }
  }

  /**
   * Hadoop's local file system leaves out symbolic links it cannot follow; the command line reports
   * them, and so does this listing, for local directories.
   */
  private void brokenLinks(Path dir, FileStatus[] listed, String story) {
    URI uri = dir.toUri();
    if (!"file".equals(uri.getScheme())) {
      return;
    }
    Set<String> names = new HashSet<>();
    for (FileStatus s : listed) {
      names.add(s.getPath().getName());
    }
    try (Stream<java.nio.file.Path> list = Files.list(Paths.get(uri))) {
      for (java.nio.file.Path p : list.sorted().toList()) {
        String name = p.getFileName().toString();
        if (!name.startsWith(".") && !names.contains(name) && Files.isSymbolicLink(p)) {
          errors.add(new ErrorRecord(story, FeedRules.stem(name), "broken or looping symbolic link, skipped",
              relative(new Path(dir, name)), "error"));
        }
      }
    } catch (IOException | RuntimeException e) {
      // Hadoop listed the directory; the links it left out stay unreported
    }
  }

  /** Where a directory really is, to stop at symbolic link loops; local paths are resolved, others kept. */
  private static String realKey(Path dir) {
    URI uri = dir.toUri();
    if ("file".equals(uri.getScheme())) {
      try {
        return Paths.get(uri).toRealPath().toString();
      } catch (IOException | RuntimeException e) {
        return uri.toString();
      }
    }
    return uri.toString();
  }

  /** The path under the corpus root, with "/" separators; the root itself is named by its story. */
  private String relative(Path p) {
    String full = p.toUri().getPath();
    if (full.equals(rootPath)) {
      return rootStory;
    }
    String prefix = rootPath.endsWith("/") ? rootPath : rootPath + "/";
    return full.startsWith(prefix) ? full.substring(prefix.length()) : full;
  }
}
