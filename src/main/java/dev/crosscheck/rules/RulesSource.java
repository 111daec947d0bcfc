package dev.crosscheck.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where rule and lexicon files are read from: a directory, or the catalog bundled in the jar. */
public interface RulesSource {
  /** The content of {@code relativePath} ("catalog.yaml", "lexicons/time.yaml"), if present. */
  Optional<String> read(String relativePath);

  /** How to name {@code relativePath} in messages. */
  String display(String relativePath);

  /** The catalog bundled with crosscheck. */
  static RulesSource bundled() {
    return new RulesSource() {
      @Override
      public Optional<String> read(String relativePath) {
        try (InputStream in = RulesSource.class.getClassLoader()
            .getResourceAsStream("crosscheck/rules/" + relativePath)) {
          return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public String display(String relativePath) {
        return "rules/" + relativePath + " (bundled)";
      }
    };
  }

  /** The files under {@code dir}. */
  static RulesSource directory(Path dir) {
    return new RulesSource() {
      @Override
      public Optional<String> read(String relativePath) {
        Path file = dir.resolve(relativePath);
        if (!Files.isRegularFile(file)) {
          return Optional.empty();
        }
        try {
          return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new RuleFileException(display(relativePath), 0, "cannot read: " + e.getMessage(), e);
        }
      }

      @Override
      public String display(String relativePath) {
        return dir.resolve(relativePath).toString();
      }
    };
  }
}
