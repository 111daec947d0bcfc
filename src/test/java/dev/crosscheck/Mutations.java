package dev.crosscheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Test data for property tests: real sentences of the evaluation stories, and small edits that
 * keep them news-like or break them (numbers changed, words dropped, swapped or repeated, markup,
 * odd characters, cuts, case changes).
 */
public final class Mutations {
  private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?][\"'\u201D\u2019]?)\\s+(?=[A-Z\"\u201C])");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final List<String> ODD_PIECES = List.of("\u00A0", "\u200B", "\uD83D\uDE00", "\u00E9", "\u201C",
      "\u201D", "\u2019", "\u2014", "&amp;", "<b>", "</p>", "<script>alert(1)</script>", "...", "$", "%", "Mr.",
      "U.S.", "No. 2", "-", "(", ")", "\"", "'", "\t", "\uFEFF", "\u0301", "3/4", "1,000,000", "2.5bn",
      "\u00BD", "\u0661\u0662", "\u6771\u4EAC", "Sept.", "\\", "{", "}");
  private static final List<String> NEGATIONS = List.of("not", "never", "no longer", "will", "may", "reportedly");

  /** Sentences of the ECB+ and seeds stories of src/test/resources/eval, 30 to 400 characters. */
  public static final List<String> SENTENCES = load();

  private Mutations() {}

  public enum Kind { NUMBER, DROP, SWAP, REPEAT, ODD_PIECE, CASE, CUT, NEGATE, SHUFFLE }

  /** {@code sentence} changed by {@code kinds}, in order, each with randomness from {@code seed}. */
  public static String apply(String sentence, List<Kind> kinds, long seed) {
    Random random = new Random(seed);
    String s = sentence;
    for (Kind k : kinds) {
      s = apply(s, k, random);
    }
    return s;
  }

  private static String apply(String s, Kind kind, Random random) {
    List<String> words = new ArrayList<>(Arrays.asList(s.split(" ")));
    int i = random.nextInt(words.size());
    switch (kind) {
      case NUMBER -> {
        var m = DIGITS.matcher(s);
        if (m.find()) {
          return m.replaceFirst(String.valueOf(random.nextInt(100_000)));
        }
        words.add(i, String.valueOf(random.nextInt(1000)));
      }
      case DROP -> {
        if (words.size() > 1) {
          words.remove(i);
        }
      }
      case SWAP -> Collections.swap(words, i, random.nextInt(words.size()));
      case REPEAT -> words.add(i, words.get(i));
      case ODD_PIECE -> {
        int at = random.nextInt(s.length() + 1);
        return s.substring(0, at) + ODD_PIECES.get(random.nextInt(ODD_PIECES.size())) + s.substring(at);
      }
      case CASE -> {
        return random.nextBoolean() ? s.toUpperCase(java.util.Locale.ROOT) : s.toLowerCase(java.util.Locale.ROOT);
      }
      case CUT -> {
        return s.substring(0, random.nextInt(s.length()) + 1);
      }
      case NEGATE -> words.add(i, NEGATIONS.get(random.nextInt(NEGATIONS.size())));
      case SHUFFLE -> Collections.shuffle(words, random);
    }
    return String.join(" ", words);
  }

  private static List<String> load() {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/eval/stories"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        for (String paragraph : Files.readString(f).split("\\R\\s*\\R")) {
          for (String sentence : SENTENCE_BREAK.split(paragraph.strip().replaceAll("\\s+", " "))) {
            if (sentence.length() >= 30 && sentence.length() <= 400) {
              out.add(sentence);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
