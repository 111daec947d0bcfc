package dev.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.report.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a test has the command line and the Spark job write their SARIF logs and baselines (under
 * {@code dir}/cli and {@code dir}/spark, with the same names), and the checks that they are the same
 * bytes.
 */
record Ci(Path dir) {
  static Ci in(Path dir) {
    return new Ci(dir);
  }

  Path cliSarif() {
    return dir.resolve("cli/out.sarif");
  }

  Path sparkSarif() {
    return dir.resolve("spark/out.sarif");
  }

  Path cliBaseline() {
    return dir.resolve("cli/baseline.json");
  }

  Path sparkBaseline() {
    return dir.resolve("spark/baseline.json");
  }

  /** The same SARIF bytes, with results, so that an empty log cannot pass. */
  void assertSameSarif() {
    assertThat(read(sparkSarif())).isEqualTo(read(cliSarif()));
    assertThat(json(cliSarif()).at("/runs/0/results").size()).isPositive();
  }

  /** The same baseline bytes, with findings. */
  void assertSameBaseline() {
    assertThat(read(sparkBaseline())).isEqualTo(read(cliBaseline()));
    assertThat(json(cliBaseline()).get("findings").size()).isPositive();
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(Path file) {
    try {
      return Json.mapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
