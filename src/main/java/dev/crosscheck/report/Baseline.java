package dev.crosscheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.StoryReport;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The findings a corpus is known to have, so that a CI build fails only on new ones
 * ({@code --write-baseline FILE}, {@code --baseline FILE}; format in docs/CI.md). A finding is
 * known by its fingerprint: its {@code id} without the "-2", "-3"... that tells apart findings with
 * the same story, rule, topic and values, counted: a baseline holding a fingerprint twice accepts
 * two such findings. Agreements are never recorded: they never fail a build.
 */
public final class Baseline {
  public static final int VERSION = 1;
  private static final Pattern FINGERPRINT = Pattern.compile("F[0-9a-f]{12}");
  private static final Pattern SUFFIX = Pattern.compile("-[0-9]+$");

  private final Map<String, Integer> counts;

  private Baseline(Map<String, Integer> counts) {
    this.counts = Collections.unmodifiableMap(new TreeMap<>(counts));
  }

  /** The fingerprint of a finding: its id without the suffix of a repeated id. */
  public static String fingerprint(Finding f) {
    return SUFFIX.matcher(f.id()).replaceFirst("");
  }

  /** How many findings of each fingerprint the baseline accepts. */
  public Map<String, Integer> counts() {
    return counts;
  }

  /** The baseline of a report: its conflicts and omissions. */
  public static Baseline of(Report report) {
    Map<String, Integer> counts = new TreeMap<>();
    for (StoryReport s : report.stories()) {
      for (Finding f : s.findings()) {
        if (f.kind() != Kind.AGREEMENT) {
          counts.merge(fingerprint(f), 1, Integer::sum);
        }
      }
    }
    return new Baseline(counts);
  }

  /** The baseline file of a report: version, tool, corpus, and each fingerprint with a description. */
  public static String write(Report report, String tool) {
    Map<String, List<Finding>> byPrint = new TreeMap<>();
    for (StoryReport s : report.stories()) {
      for (Finding f : s.findings()) {
        if (f.kind() != Kind.AGREEMENT) {
          byPrint.computeIfAbsent(fingerprint(f), k -> new ArrayList<>()).add(f);
        }
      }
    }
    ObjectNode root = Json.object();
    root.put("version", VERSION);
    root.put("tool", tool);
    root.put("corpus", report.corpus());
    ArrayNode findings = root.putArray("findings");
    byPrint.forEach((print, list) -> {
      Finding f = list.get(0);
      ObjectNode o = findings.addObject();
      o.put("fingerprint", print);
      o.put("count", list.size());
      o.put("story", f.story());
      o.put("rule", f.rule());
      o.put("kind", f.kind().label());
      o.put("description", f.message());
    });
    return Json.write(root);
  }

  /** Reads a baseline file; a missing, unreadable or malformed file throws {@link BaselineException}. */
  public static Baseline read(Path file) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (NoSuchFileException e) {
      throw new BaselineException("cannot read baseline " + file + ": no such file", e);
    } catch (CharacterCodingException e) {
      throw new BaselineException("baseline " + file + " is not a crosscheck baseline: not UTF-8 text", e);
    } catch (IOException e) {
      throw new BaselineException("cannot read baseline " + file + ": " + e.getMessage(), e);
    }
    JsonNode root;
    try {
      root = Json.mapper().readTree(text);
    } catch (IOException e) {
      throw bad(file, "not valid JSON", e);
    }
    if (root == null || !root.isObject()) {
      throw bad(file, "not a JSON object", null);
    }
    JsonNode version = root.get("version");
    if (version == null || !version.isInt()) {
      throw bad(file, "no \"version\" number", null);
    }
    if (version.asInt() != VERSION) {
      throw bad(file, "version " + version.asInt() + " is not supported (expected " + VERSION + ")", null);
    }
    JsonNode findings = root.get("findings");
    if (findings == null || !findings.isArray()) {
      throw bad(file, "no \"findings\" array", null);
    }
    Map<String, Integer> counts = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < findings.size(); i++) {
      JsonNode f = findings.get(i);
      String where = "findings[" + i + "]";
      JsonNode print = f.get("fingerprint");
      if (!f.isObject() || print == null || !print.isTextual() || !FINGERPRINT.matcher(print.asText()).matches()) {
        throw bad(file, where + " has no fingerprint like F0123456789ab", null);
      }
      JsonNode count = f.get("count");
      int n = 1;
      if (count != null) {
        if (!count.isInt() || count.asInt() < 1) {
          throw bad(file, where + ": count must be a whole number of at least 1", null);
        }
        n = count.asInt();
      }
      if (!seen.add(print.asText())) {
        throw bad(file, where + ": fingerprint " + print.asText() + " listed twice", null);
      }
      counts.put(print.asText(), n);
    }
    return new Baseline(counts);
  }

  private static BaselineException bad(Path file, String why, Throwable cause) {
    return new BaselineException("baseline " + file + " is not a crosscheck baseline: " + why, cause);
  }

  /**
   * Which findings of a report are new: those whose fingerprint the baseline does not hold, or holds
   * fewer times than the report has it (the later ones, in report order, are new).
   */
  public Comparison compare(Report report) {
    Map<String, Integer> left = new HashMap<>(counts);
    Set<String> fresh = new HashSet<>();
    int known = 0;
    for (StoryReport s : report.stories()) {
      for (Finding f : s.findings()) {
        if (f.kind() == Kind.AGREEMENT) {
          continue;
        }
        String print = fingerprint(f);
        int n = left.getOrDefault(print, 0);
        if (n > 0) {
          left.put(print, n - 1);
          known++;
        } else {
          fresh.add(key(f));
        }
      }
    }
    int gone = left.values().stream().mapToInt(Integer::intValue).sum();
    return new Comparison(fresh, known, gone);
  }

  private static String key(Finding f) {
    return f.story() + "\u0000" + f.id();
  }

  /** The result of comparing a report with a baseline. */
  public static final class Comparison {
    private final Set<String> fresh;
    private final int known;
    private final int gone;

    Comparison(Set<String> fresh, int known, int gone) {
      this.fresh = Set.copyOf(fresh);
      this.known = known;
      this.gone = gone;
    }

    /** Whether a finding of the compared report is new (agreements never are). */
    public boolean isNew(Finding f) {
      return fresh.contains(key(f));
    }

    public int newCount() {
      return fresh.size();
    }

    /** Findings of the report the baseline accepts. */
    public int knownCount() {
      return known;
    }

    /** Findings of the baseline the report no longer has. */
    public int goneCount() {
      return gone;
    }
  }
}
