package dev.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.model.ProcessingError;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds the stories of a corpus. A corpus is a directory (its own article files form the story named
 * after it; each subdirectory is a story named by its path), a JSON/JSONL feed file, or one article
 * file (a story of one source, both named after the file). Files crosscheck wrote are no articles
 * ({@link OwnOutput}): a directory of reports alone is no story. Objects of
 * JSON and JSONL files join the story named by their {@code story} field when they have one.
 * Article files are read later, story by story; JSON files are parsed here, since their objects may
 * belong to any story.
 */
public final class CorpusReader {
  static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "md", "markdown", "text");
  static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml");
  static final Set<String> JSON_EXTENSIONS = Set.of("json");
  static final Set<String> JSONL_EXTENSIONS = Set.of("jsonl", "ndjson");
  private static final Set<String> NOT_ARTICLES = Set.of("readme", "license", "licence", "notice", "changelog",
      "copying", "authors", "contributing");
  /**
   * The longest JSON string read (Jackson's default is 20 million characters): an article of 50 MB
   * is read, then cut to max_article_bytes like a file.
   */
  static final int MAX_JSON_STRING = 100_000_000;
  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_JSON_STRING).build())
      .build());

  private final Map<String, List<SourceInput>> stories = new TreeMap<>();
  private final List<ProcessingError> errors = new ArrayList<>();
  private final Set<Path> visited = new HashSet<>();
  private final int maxTextChars;
  private Path root;
  private String rootStory;

  private CorpusReader(int maxTextChars) {
    this.maxTextChars = maxTextChars;
  }

  /**
   * Scans {@code path}; throws {@link CorpusException} when it is missing or holds no article. The
   * text of a JSON article longer than {@code maxTextChars} is cut now, with a note.
   */
  public static Corpus scan(Path path, int maxTextChars) {
    return new CorpusReader(maxTextChars).read(path);
  }

  private Corpus read(Path path) {
    if (!Files.exists(path)) {
      throw new CorpusException("no such corpus: " + path);
    }
    Path absolute = path.toAbsolutePath().normalize();
    String name = absolute.getFileName() == null ? "corpus" : absolute.getFileName().toString();
    if (Files.isRegularFile(path)) {
      if (!isArticleFile(path) && !isFeed(path)) {
        throw new CorpusException("unsupported file type: " + path
            + " (articles are .txt, .md or .html files, feeds .json or .jsonl files)");
      }
      if (OwnOutput.is(path)) {
        throw new CorpusException("not a corpus: " + path + " was written by crosscheck (a report, SARIF log, "
            + "baseline or extract output)");
      }
      root = absolute.getParent();
      rootStory = stem(name);
      addFile(absolute, rootStory, true);
      name = stem(name);
    } else if (Files.isDirectory(path)) {
      root = absolute;
      rootStory = name;
      walk(absolute, rootStory);
    } else {
      throw new CorpusException("not a corpus: " + path + " is neither a directory nor a feed file");
    }
    List<StoryInput> out = new ArrayList<>();
    for (var e : stories.entrySet()) {
      out.add(new StoryInput(e.getKey(), uniqueIds(e.getValue())));
    }
    if (out.isEmpty() && errors.isEmpty()) {
      throw new CorpusException("no articles in " + path + " (looked for .txt, .md, .html, .htm, .json, .jsonl files)");
    }
    if (out.isEmpty()) {
      ProcessingError first = errors.get(0);
      String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more problems)" : "";
      throw new CorpusException("no articles in " + path + ": " + first.where() + ": " + first.what() + more);
    }
    return new Corpus(name, root, out, errors);
  }

  private void walk(Path dir, String story) {
    Path real;
    try {
      real = dir.toRealPath();
    } catch (IOException e) {
      errors.add(ProcessingError.error(story, relative(dir), "cannot read directory: " + e.getMessage(),
          relative(dir)));
      return;
    }
    if (!visited.add(real)) {
      errors.add(ProcessingError.error(story, relative(dir), "symlink loop: directory already read, skipped",
          relative(dir)));
      return;
    }
    List<Path> entries;
    try (Stream<Path> list = Files.list(dir)) {
      entries = list.sorted().toList();
    } catch (IOException e) {
      errors.add(ProcessingError.error(story, relative(dir), "cannot list directory: " + e.getMessage(),
          relative(dir)));
      return;
    }
    for (Path entry : entries) {
      String fileName = entry.getFileName().toString();
      if (fileName.startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(entry)) {
        String sub = relative(entry);
        walk(entry, sub);
      } else if (Files.isRegularFile(entry)) {
        addFile(entry, story, false);
      } else if (Files.isSymbolicLink(entry)) {
        errors.add(ProcessingError.error(story, stem(fileName), "broken or looping symbolic link, skipped",
            relative(entry)));
      }
    }
  }

  /** Reads a file of the corpus; one {@code named} as the corpus itself is read whatever its name. */
  private void addFile(Path file, String story, boolean named) {
    String fileName = file.getFileName().toString();
    String ext = extension(fileName);
    if (!named && (NOT_ARTICLES.contains(stem(fileName).toLowerCase(Locale.ROOT)) || OwnOutput.is(file))) {
      return;
    }
    if (TEXT_EXTENSIONS.contains(ext) || HTML_EXTENSIONS.contains(ext)) {
      add(story, new SourceInput.FileSource(stem(fileName), file, relative(file)));
    } else if (JSON_EXTENSIONS.contains(ext)) {
      readJson(file, story);
    } else if (JSONL_EXTENSIONS.contains(ext)) {
      readJsonLines(file, story);
    }
  }

  /**
   * Reads a .json file: one article object, an array of them, or several top-level values one after
   * the other (JSON Lines saved as .json). Every element is recorded with the line it starts on.
   */
  private void readJson(Path file, String story) {
    String rel = relative(file);
    String fileId = stem(file.getFileName().toString());
    JsonValues values;
    try (InputStream in = Files.newInputStream(file)) {
      values = JsonValues.read(in, JSON);
    } catch (IOException e) {
      errors.add(ProcessingError.error(story, fileId, "cannot read: " + e.getMessage(), rel));
      return;
    }
    if (values.problem() != null) {
      // the values before the error are read all the same
      errors.add(ProcessingError.error(story, fileId, "not valid JSON: " + values.problem(),
          values.problemLine() > 0 ? rel + ":" + values.problemLine() : rel));
    } else if (values.nodes().isEmpty() && !values.array()) {
      errors.add(ProcessingError.error(story, fileId, "empty JSON file", rel));
    }
    List<JsonNode> nodes = values.nodes();
    List<Integer> lines = values.lines();
    boolean array = values.array();
    boolean single = !array && nodes.size() == 1;
    for (int i = 0; i < nodes.size(); i++) {
      addJson(nodes.get(i), story, rel, single ? 0 : lines.get(i), single ? fileId : null, fileId + "-" + (i + 1),
          List.of());
    }
  }

  /** Reads a .jsonl file line by line; a line that is not UTF-8 is read as Windows-1252, with a note. */
  private void readJsonLines(Path file, String story) {
    String rel = relative(file);
    String fileId = stem(file.getFileName().toString());
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      byte[] bytes;
      int number = 0;
      while ((bytes = ByteLines.next(in)) != null) {
        number++;
        String id = fileId + "-" + number;
        Decoded line;
        try {
          line = TextDecoder.decode(bytes);
        } catch (InputProblem e) {
          errors.add(ProcessingError.error(story, id, e.getMessage(), rel + ":" + number));
          continue;
        }
        if (line.text().isBlank()) {
          continue;
        }
        try {
          addJson(JSON.readTree(line.text()), story, rel, number, null, id, line.note().stream().toList());
        } catch (JsonProcessingException e) {
          errors.add(ProcessingError.error(story, id, "not valid JSON: " + JsonValues.problem(e), rel + ":" + number));
        }
      }
    } catch (IOException e) {
      errors.add(ProcessingError.error(story, fileId, "cannot read: " + e.getMessage(), rel));
    }
  }

  private void addJson(JsonNode node, String story, String file, int line, String fileSourceId, String fallbackId,
      List<String> notes) {
    String where = line > 0 ? file + ":" + line : file;
    String defaultId = fileSourceId != null ? fileSourceId : fallbackId;
    if (!node.isObject()) {
      errors.add(ProcessingError.error(story, defaultId, "not a JSON object but " + JsonFields.typeName(node),
          where));
      return;
    }
    String storyField = JsonFields.text(node, JsonFields.STORY);
    String target = storyField.isBlank() ? story : storyField.strip();
    String id = JsonFields.text(node, JsonFields.ID);
    if (id.isBlank()) {
      String outlet = JsonFields.text(node, JsonFields.OUTLET);
      id = fileSourceId != null ? fileSourceId : outlet.isBlank() ? fallbackId : outlet;
    }
    List<String> all = new ArrayList<>(notes);
    all.addAll(cutText((ObjectNode) node));
    add(target, new SourceInput.JsonSource(safeId(id), node, file, line, all));
  }

  /** Cuts an over-long text field in place, so that the rest is not kept in memory; returns the note. */
  private List<String> cutText(ObjectNode node) {
    String field = JsonFields.firstPresent(node, JsonFields.TEXT);
    if (field == null || !node.get(field).isTextual() || node.get(field).asText().length() <= maxTextChars) {
      return List.of();
    }
    String text = node.get(field).asText();
    String kept = ArticleCut.cut(text, maxTextChars);
    node.put(field, kept);
    return List.of("text has " + text.length() + " characters, more than max_article_bytes (" + maxTextChars
        + "): only its first " + kept.length() + " were read");
  }

  private void add(String story, SourceInput source) {
    stories.computeIfAbsent(story, k -> new ArrayList<>()).add(source);
  }

  /** Sorts a story's sources by id and makes ids unique ("x", "x-2", ...), in file and line order. */
  private static List<SourceInput> uniqueIds(List<SourceInput> sources) {
    List<SourceInput> ordered = new ArrayList<>(sources);
    ordered.sort((a, b) -> {
      int c = a.sourceId().compareTo(b.sourceId());
      if (c != 0) {
        return c;
      }
      c = a.file().compareTo(b.file());
      return c != 0 ? c : Integer.compare(line(a), line(b));
    });
    Map<String, Integer> used = new LinkedHashMap<>();
    List<SourceInput> out = new ArrayList<>();
    for (SourceInput s : ordered) {
      int n = used.merge(s.sourceId(), 1, Integer::sum);
      if (n == 1) {
        out.add(s);
      } else {
        String id = s.sourceId() + "-" + n;
        out.add(s instanceof SourceInput.FileSource f
            ? new SourceInput.FileSource(id, f.path(), f.file())
            : ((SourceInput.JsonSource) s).withId(id));
      }
    }
    return out;
  }

  private static int line(SourceInput s) {
    return s instanceof SourceInput.JsonSource j ? j.line() : 0;
  }

  private static String safeId(String id) {
    String cleaned = id.strip().replaceAll("[\\s/\\\\]+", "_");
    return cleaned.isEmpty() ? "source" : cleaned;
  }

  private String relative(Path p) {
    Path r = root.relativize(p.toAbsolutePath().normalize());
    String s = r.toString().replace('\\', '/');
    if (s.isEmpty()) {
      return rootStory;
    }
    return s;
  }

  /** A file read as one article: .txt, .md, .html and the like. */
  public static boolean isArticleFile(Path file) {
    String ext = extension(file.getFileName().toString());
    return TEXT_EXTENSIONS.contains(ext) || HTML_EXTENSIONS.contains(ext);
  }

  /** A .json or .jsonl file: article objects, each of its story. */
  private static boolean isFeed(Path file) {
    String ext = extension(file.getFileName().toString());
    return JSON_EXTENSIONS.contains(ext) || JSONL_EXTENSIONS.contains(ext);
  }

  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot <= 0 ? fileName : fileName.substring(0, dot);
  }
}
