package dev.crosscheck.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.report.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The corpus the Spark tests check: seeds/ and a slice of ECB+ as folder stories, with JSON and JSONL
 * feeds whose objects join stories by their {@code story} field (one of them across two files in two
 * folders, one named like a file of the corpus), broken lines, a line in Windows-1252, clashing ids,
 * a README, a hidden file, a broken symbolic link and a link loop.
 */
final class TestArchive {
  /** The ECB+ stories copied; all have copies in src/test/resources/eval/stories too. */
  static final List<String> ECB_SLICE = List.of("36-ecb", "36-ecbplus", "41-ecb");

  private TestArchive() {}

  /**
   * Where ECB+ is read from: ../shared/corpora/ecbplus (or -Dcrosscheck.ecbplus=DIR), else the
   * repository's byte-identical copies of the slice's stories.
   */
  static Path ecbplus() {
    Path shared = Path.of(System.getProperty("crosscheck.ecbplus", "../shared/corpora/ecbplus"));
    return Files.isDirectory(shared) ? shared : Path.of("src/test/resources/eval/stories");
  }

  /** Builds the archive under {@code dir}/archive, next to the files its links point to, and returns it. */
  static Path build(Path dir) throws IOException {
    Path archive = dir.resolve("archive");
    copyTree(Path.of("seeds"), archive.resolve("seeds"));
    for (String story : ECB_SLICE) {
      copyTree(ecbplus().resolve(story), archive.resolve(story));
    }
    Files.writeString(archive.resolve("README.md"), "Not an article.\n");
    Files.writeString(archive.resolve(".hidden.txt"), "Not read.\n");
    Files.createSymbolicLink(archive.resolve("seeds/broken.txt"), dir.resolve("no-such-file.txt"));
    Files.createSymbolicLink(archive.resolve("36-ecb/loop"), Path.of(".."));
    List<Path> seeds = files(Path.of("seeds"));
    List<Path> ecb = files(archive.resolve("41-ecb"));
    Files.createDirectories(archive.resolve("feeds"));
    Files.createDirectories(archive.resolve("desk2"));

    // A feed: a story of its own ("wire"), an article joining the folder story "seeds" with an id that
    // clashes there, one whose story is named like a file of the corpus, and lines that are not articles.
    List<String> lines = new ArrayList<>();
    lines.add(article("wire", null, "example.com", seeds.get(0)));
    lines.add(article("wire", null, "example.com", seeds.get(1)));
    lines.add(article("wire", null, "example.org", seeds.get(2)));
    lines.add("");
    lines.add("{\"title\": \"broken");
    lines.add("[1, 2]");
    lines.add("{\"story\": \"wire\", \"title\": \"no text\"}");
    lines.add(article("seeds", stem(seeds.get(4)), null, seeds.get(3)));
    lines.add(article("desk2/lines.json", null, "named.example", seeds.get(4)));
    ByteArrayOutputStream feed = new ByteArrayOutputStream();
    feed.writeBytes((String.join("\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
    // a line in Windows-1252, read with a note
    feed.writeBytes(article("wire", null, "caf\u00e9.example", seeds.get(4)).getBytes(Charset.forName("windows-1252")));
    feed.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
    Files.write(archive.resolve("feeds/wire.jsonl"), feed.toByteArray());

    // A JSON array in a folder: its objects without a story field join the folder's story.
    Files.writeString(archive.resolve("feeds/desk.json"), "[" + article(null, null, "desk.example", seeds.get(1))
        + ",\n" + article(null, null, null, seeds.get(2)) + "]\n");
    // A story told in two files of two folders: "41-ecb-wire".
    Files.writeString(archive.resolve("feeds/ecb.jsonl"), article("41-ecb-wire", null, "one.example", ecb.get(0))
        + "\n" + article("41-ecb-wire", null, "two.example", ecb.get(1)) + "\n");
    // JSON Lines saved as .json, in a folder story of its own, with one object of "41-ecb-wire"
    Files.writeString(archive.resolve("desk2/lines.json"), article(null, null, null, seeds.get(0)) + "\n"
        + article(null, null, null, seeds.get(3)) + "\n" + article("41-ecb-wire", null, "three.example", ecb.get(2))
        + "\n");
    return archive;
  }

  /** One JSON article on one line, with the text of {@code file}. */
  private static String article(String story, String id, String outlet, Path file) {
    ObjectNode o = Json.object();
    if (story != null) {
      o.put("story", story);
    }
    if (id != null) {
      o.put("id", id);
    }
    if (outlet != null) {
      o.put("source_domain", outlet);
    }
    try {
      o.put("maintext", Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Json.line(o);
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    for (Path f : files(from)) {
      Files.copy(f, to.resolve(f.getFileName().toString()));
    }
  }
}
