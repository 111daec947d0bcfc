package dev.crosscheck.spark;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.rules.RuleFileException;
import dev.crosscheck.rules.RulesSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link Crosscheck} engines of this JVM, loaded once per executor (and per rules directory) on
 * first use and shared by its task threads: Crosscheck is thread-safe and its OpenNLP models are
 * loaded once per JVM.
 */
final class Engines {
  private static final ConcurrentHashMap<String, Crosscheck> LOADED = new ConcurrentHashMap<>();

  private Engines() {}

  /** The engine for the rules in {@code rulesDir}, or for the bundled rules when it is null or empty. */
  static Crosscheck get(String rulesDir) {
    String key = rulesDir == null ? "" : rulesDir;
    return LOADED.computeIfAbsent(key, k -> Crosscheck.load(k.isEmpty() ? RulesSource.bundled() : directory(k)));
  }

  /** As the command line's --rules: a directory laid out like rules/. */
  private static RulesSource directory(String dir) {
    Path path = Path.of(dir);
    if (!Files.isDirectory(path)) {
      throw new RuleFileException(dir, 0, "no such rules directory");
    }
    return RulesSource.directory(path);
  }
}
