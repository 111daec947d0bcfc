package dev.crosscheck.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Files crosscheck wrote: its JSON and HTML reports, SARIF logs, baselines and {@code extract}
 * output. They are never articles, wherever they lie: {@code crosscheck check .} run inside a corpus
 * writes reports/ there, and the next run must not read it as a story. They are known by their
 * first bytes, not their names or folders: the JSON ones name crosscheck as their {@code tool}
 * (SARIF: {@code tool.driver.name}), the HTML report by its {@code <meta name="generator">}.
 */
final class OwnOutput {
  /** How much of a file is read to know it: crosscheck puts its mark in the first few hundred bytes. */
  private static final int HEAD_BYTES = 4096;
  private static final Pattern JSON_MARK = Pattern.compile(
      "\\A\\s*\\{.*?\"tool\"\\s*:\\s*(?:\\{\\s*\"driver\"\\s*:\\s*)?(?:\\{\\s*\"name\"\\s*:\\s*)?\"crosscheck[\" ]",
      Pattern.DOTALL);
  private static final Pattern HTML_MARK = Pattern.compile(
      "<meta\\s+name=\"generator\"\\s+content=\"crosscheck[\" ]", Pattern.CASE_INSENSITIVE);

  private OwnOutput() {}

  /** Whether {@code file} (.json or .html) was written by crosscheck; false when it cannot be read. */
  static boolean is(Path file) {
    String ext = CorpusReader.extension(file.getFileName().toString());
    Pattern mark = CorpusReader.JSON_EXTENSIONS.contains(ext) ? JSON_MARK
        : CorpusReader.HTML_EXTENSIONS.contains(ext) ? HTML_MARK : null;
    if (mark == null) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      // ISO-8859-1 decodes any byte: the marks are ASCII, and a cut UTF-8 sequence is no error
      return mark.matcher(new String(in.readNBytes(HEAD_BYTES), StandardCharsets.ISO_8859_1)).find();
    } catch (IOException e) {
      return false;
    }
  }
}
