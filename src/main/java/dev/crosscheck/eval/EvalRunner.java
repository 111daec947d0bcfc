package dev.crosscheck.eval;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.ingest.Corpus;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.StoryReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Runs an evaluation suite: each base story once, then each case's edited copy, and compares the
 * conflicts. Conflicts made only of sentences the unedited story's conflicts of the same rule
 * already cite are set aside. Of the others, a conflict "cites the edit" when one of its evidence sentences in the edited
 * source covers the changed words: for a planted edit, such a conflict with evidence of another
 * sentence is the edit found; for a compatible edit it is a false alarm. Conflicts that do not cite
 * the edit are false alarms in both.
 */
public final class EvalRunner {
  private final Crosscheck crosscheck;
  private final Map<String, StoryReport> baseReports = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> baseSignatures = new ConcurrentHashMap<>();

  public EvalRunner(Crosscheck crosscheck) {
    this.crosscheck = crosscheck;
  }

  /** Runs every case; {@code map} runs the cases, in parallel or not, keeping their order. */
  public List<CaseResult> run(EvalSuite suite, Function<List<EvalCase>, List<CaseResult>> map) {
    return map.apply(suite.cases());
  }

  public CaseResult run(EvalSuite suite, EvalCase c) {
    try {
      Set<String> base = baseSignatures.computeIfAbsent(c.story(), k -> signatures(unedited(suite, k), null));
      Edited e = edited(suite, c.story(), c.source(), c.find(), c.replace(), "find text");
      if (!e.problem().isEmpty()) {
        return problem(c, e.problem());
      }
      int at = e.at();
      Edit edit = new Edit(c.source(), at, c.find().length(), c.replace().length(), at + c.replace().indexOf(c.mark()),
          c.mark().length());
      List<Finding> citing = new ArrayList<>();
      List<Finding> falseAlarms = new ArrayList<>();
      boolean found = false;
      for (Finding f : e.report().findings()) {
        if (!CleanScore.counts(f)) {
          continue; // a user is warned of errors and warnings; notes do not count, found or false
        }
        boolean isNew = !preexisting(f, base, edit);
        boolean cites = edit.citedBy(f);
        if (c.planted() && cites && otherSide(f, c) && (isNew || showsEdit(f, c))) {
          found = true;
        }
        if (!isNew) {
          continue; // the unedited story has it too: not the edit's doing
        }
        if (cites) {
          citing.add(f);
        } else if (!(c.planted() && showsEdit(f, c))) {
          falseAlarms.add(f); // a planted edit may show up in other sentences too ("Stefansky said" twice)
        }
      }
      if (!c.planted()) {
        falseAlarms.addAll(0, citing);
      }
      return new CaseResult(c, found, citing, falseAlarms, "");
    } catch (IOException e) {
      return problem(c, "I/O: " + e.getMessage());
    } catch (RuntimeException e) {
      return problem(c, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** Runs one planted omission: the story with the case's sentence taken out of its source. */
  public PlantedOmissions.Result run(EvalSuite suite, OmissionCase c) {
    try {
      Edited e = edited(suite, c.story(), c.source(), c.delete(), "", "sentence to delete");
      return e.problem().isEmpty() ? PlantedOmissions.Result.of(c, e.report().findings())
          : new PlantedOmissions.Result(c, false, e.problem());
    } catch (IOException e) {
      return new PlantedOmissions.Result(c, false, "I/O: " + e.getMessage());
    } catch (RuntimeException e) {
      return new PlantedOmissions.Result(c, false, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** The report of a story edited once, the offset of the edit in its source's file, or why it could not be made. */
  private record Edited(StoryReport report, int at, String problem) {
    static Edited failed(String problem) {
      return new Edited(null, -1, problem);
    }
  }

  /**
   * Checks a copy of {@code story} in which {@code find}, which must occur once in {@code source}'s file,
   * is replaced by {@code replace}; {@code what} names {@code find} in the problem when it does not.
   */
  private Edited edited(EvalSuite suite, String story, String source, String find, String replace, String what)
      throws IOException {
    Path tmp = Files.createTempDirectory("crosscheck-eval");
    try {
      Path copy = tmp.resolve(story);
      copyStory(suite.root().resolve("stories").resolve(story), copy);
      Path file = EvalSuite.sourceFile(copy, source);
      if (file == null) {
        return Edited.failed("no source " + source + " in " + story);
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      int at = text.indexOf(find);
      if (at < 0 || text.indexOf(find, at + 1) >= 0) {
        return Edited.failed(what + (at < 0 ? " not in the source" : " occurs more than once"));
      }
      Files.writeString(file, text.substring(0, at) + replace + text.substring(at + find.length()),
          StandardCharsets.UTF_8);
      return new Edited(check(copy), at, "");
    } finally {
      deleteTree(tmp);
    }
  }

  /** The report of a base story as it is, checked once. */
  public StoryReport unedited(EvalSuite suite, String story) {
    return baseReports.computeIfAbsent(story, k -> check(suite.root().resolve("stories").resolve(k)));
  }

  /** The reports of every base story, unedited, in story order; {@code map} runs them, in parallel or not. */
  public List<StoryReport> uneditedStories(EvalSuite suite,
      Function<List<String>, List<StoryReport>> map) {
    return map.apply(suite.stories());
  }

  /** The gold expectations that do not hold, with why; empty when all hold. */
  public List<String> failedGold(EvalSuite suite) {
    List<String> failed = new ArrayList<>();
    for (GoldCheck g : suite.gold()) {
      StoryReport report = unedited(suite, g.story());
      boolean present = report.findings().stream().anyMatch(f -> matches(g, f));
      if (present != g.expected()) {
        failed.add(g.story() + ": " + g.name() + (g.expected() ? " (expected, not found)" : " (forbidden, found)"));
      }
    }
    return failed;
  }

  private static boolean matches(GoldCheck g, Finding f) {
    if (!g.kind().isEmpty() && !f.kind().label().equals(g.kind())) {
      return false;
    }
    if (!g.value().isEmpty() && f.values().stream().noneMatch(v -> v.normalized().equals(g.value()))) {
      return false;
    }
    if (!f.reportedBy().containsAll(g.sources()) || g.only() && !f.reportedBy().equals(g.sources())) {
      return false;
    }
    for (String text : g.evidence()) {
      if (f.evidence().stream().noneMatch(e -> e.text().contains(text))) {
        return false;
      }
    }
    return true;
  }

  private static CaseResult problem(EvalCase c, String what) {
    return new CaseResult(c, false, List.of(), List.of(), what);
  }

  private StoryReport check(Path storyDir) {
    Corpus corpus = crosscheck.scan(storyDir);
    return crosscheck.check(corpus.stories().get(0));
  }

  /** The edit's place in the edited file: [start, start + newLength) replaced [start, start + oldLength). */
  record Edit(String source, int start, int oldLength, int newLength, int markStart, int markLength) {
    boolean citedBy(Finding f) {
      for (Evidence e : f.evidence()) {
        if (e.source().equals(source) && e.start() < markStart + markLength && e.end() > markStart) {
          return true;
        }
      }
      return false;
    }

    /** An offset of the edited file as it was before the edit. */
    int before(int offset) {
      return offset >= start + newLength ? offset - newLength + oldLength : offset;
    }
  }

  /** Evidence of one of the sources that state the original fact, on the other side of the edit. */
  private static boolean otherSide(Finding f, EvalCase c) {
    for (Evidence e : f.evidence()) {
      if (c.others().contains(e.source())) {
        return true;
      }
    }
    return false;
  }

  /** The edited source's value in the finding carries the changed words, and another value stands against it. */
  private static boolean showsEdit(Finding f, EvalCase c) {
    String mark = c.mark().toLowerCase(java.util.Locale.ROOT);
    boolean edited = false;
    for (var v : f.values()) {
      if (v.sources().contains(c.source()) && (v.text().toLowerCase(java.util.Locale.ROOT).contains(mark)
          || mark.contains(v.text().toLowerCase(java.util.Locale.ROOT)))) {
        edited = true;
      }
    }
    return edited && f.values().size() >= 2;
  }

  /** The evidence places of the unedited story's conflicts, by rule: "CC101 a:120". */
  private static Set<String> signatures(StoryReport report, Edit edit) {
    Set<String> out = new HashSet<>();
    for (Finding f : report.findings()) {
      if (f.kind() == Kind.CONFLICT) {
        out.addAll(places(f, edit));
      }
    }
    return out;
  }

  private static Set<String> places(Finding f, Edit edit) {
    TreeSet<String> places = new TreeSet<>();
    for (Evidence e : f.evidence()) {
      int start = edit != null && e.source().equals(edit.source()) ? edit.before(e.start()) : e.start();
      places.add(f.rule() + " " + e.source() + ":" + start);
    }
    return places;
  }

  /**
   * A conflict the unedited story had too: all its evidence sentences were already cited by that
   * rule's conflicts there (an edit may regroup old conflicts without making a new one).
   */
  private static boolean preexisting(Finding f, Set<String> base, Edit edit) {
    return base.containsAll(places(f, edit));
  }

  private static void copyStory(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path p : files.sorted().toList()) {
        if (Files.isRegularFile(p)) {
          Files.copy(p, to.resolve(p.getFileName().toString()));
        }
      }
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
