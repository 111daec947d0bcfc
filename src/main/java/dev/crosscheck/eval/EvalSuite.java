package dev.crosscheck.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.rules.RuleFileException;
import dev.crosscheck.rules.YamlDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * An evaluation suite on disk: {@code stories/<id>/} holds base stories, {@code cases/*.yaml} the
 * labelled edits, {@code labels/*.json} the labels of the conflicts reported on the unedited stories,
 * and {@code suite.yaml} the bars the scores must reach: {@code min_recall} on planted cases whose
 * other sources say the fact in other words, {@code min_precision} of the conflicts the edits bring,
 * {@code min_clean_precision} of the conflicts reported on the unedited stories, and
 * {@code min_omission_precision} of the first omissions of the stories of {@code omission-labels/}, and
 * {@code min_omission_recall} on the planted omissions of {@code omission-cases/} ({@link OmissionCase}),
 * and {@code min_agreement_precision} of a sample of agreements ({@link AgreementScore}).
 */
public record EvalSuite(Path root, List<EvalCase> cases, List<OmissionCase> omissionCases, List<GoldCheck> gold,
    ConflictLabels labels, double minRecall, double minPrecision, double minCleanPrecision,
    double minOmissionPrecision, double minOmissionRecall, double minAgreementPrecision) {
  public EvalSuite {
    cases = List.copyOf(cases);
    omissionCases = List.copyOf(omissionCases);
    gold = List.copyOf(gold);
    java.util.Objects.requireNonNull(labels, "labels");
  }

  /** This suite with only the cases whose name contains {@code part}. */
  public EvalSuite only(String part) {
    return new EvalSuite(root, cases.stream().filter(c -> c.name().contains(part)).toList(),
        omissionCases.stream().filter(c -> c.name().contains(part)).toList(), List.of(), labels, minRecall,
        minPrecision, minCleanPrecision, minOmissionPrecision, minOmissionRecall, minAgreementPrecision);
  }

  /** The base stories, by folder name. */
  public List<String> stories() {
    try (Stream<Path> dirs = Files.list(root.resolve("stories"))) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new RuleFileException(root.toString(), 0, "cannot list stories: " + e.getMessage(), e);
    }
  }

  public static EvalSuite load(Path root) {
    if (!Files.isDirectory(root.resolve("cases")) || !Files.isDirectory(root.resolve("stories"))) {
      throw new RuleFileException(root.toString(), 0, "not an evaluation suite: needs cases/ and stories/");
    }
    double minRecall = 0;
    double minPrecision = 0;
    double minCleanPrecision = 0;
    double minOmissionPrecision = 0;
    double minOmissionRecall = 0;
    double minAgreementPrecision = 0;
    Path suite = root.resolve("suite.yaml");
    if (Files.isRegularFile(suite)) {
      YamlDocument doc = YamlDocument.parse(suite.toString(), read(suite));
      minRecall = doc.root().path("min_recall").asDouble(0);
      minPrecision = doc.root().path("min_precision").asDouble(0);
      minCleanPrecision = doc.root().path("min_clean_precision").asDouble(0);
      minOmissionPrecision = doc.root().path("min_omission_precision").asDouble(0);
      minOmissionRecall = doc.root().path("min_omission_recall").asDouble(0);
      minAgreementPrecision = doc.root().path("min_agreement_precision").asDouble(0);
    }
    List<EvalCase> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(root.resolve("cases"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        cases.add(parse(YamlDocument.parse(f.toString(), read(f)), f, root));
      }
    } catch (IOException e) {
      throw new RuleFileException(root.toString(), 0, "cannot read cases: " + e.getMessage(), e);
    }
    return new EvalSuite(root, cases, PlantedOmissions.load(root), gold(root),
        ConflictLabels.load(root.resolve("labels")), minRecall, minPrecision, minCleanPrecision, minOmissionPrecision,
        minOmissionRecall, minAgreementPrecision);
  }

  /** The expectations of gold/*.yaml: findings that must appear, and must not, on unedited stories. */
  private static List<GoldCheck> gold(Path root) {
    Path dir = root.resolve("gold");
    List<GoldCheck> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        YamlDocument doc = YamlDocument.parse(f.toString(), read(f));
        String story = doc.root().path("story").asText();
        for (String section : List.of("expect", "forbid")) {
          JsonNode list = doc.root().path(section);
          for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            List<String> sources = new ArrayList<>();
            n.path("sources").forEach(x -> sources.add(x.asText()));
            List<String> evidence = new ArrayList<>();
            n.path("evidence").forEach(x -> evidence.add(x.asText()));
            out.add(new GoldCheck(story, n.path("name").asText(), section.equals("expect"), n.path("kind").asText(""),
                n.path("value").asText(""), sources, n.path("only").asBoolean(false), evidence));
          }
        }
      }
    } catch (IOException e) {
      throw new RuleFileException(dir.toString(), 0, "cannot read gold files: " + e.getMessage(), e);
    }
    return out;
  }

  private static EvalCase parse(YamlDocument doc, Path file, Path root) {
    JsonNode n = doc.root();
    for (String field : List.of("name", "story", "kind", "type", "source", "find", "replace", "mark")) {
      if (!n.path(field).isValueNode() || n.path(field).asText().isEmpty()) {
        throw doc.error("/" + field, "case is missing '" + field + "'");
      }
    }
    String kind = n.path("kind").asText();
    if (!kind.equals("planted") && !kind.equals("compatible")) {
      throw doc.error("/kind", "kind must be planted or compatible, not " + kind);
    }
    List<String> others = new ArrayList<>();
    n.path("others").forEach(o -> others.add(o.asText()));
    List<String> othersSay = new ArrayList<>();
    n.path("others_say").forEach(o -> othersSay.add(o.asText()));
    EvalCase.Wording wording = EvalCase.Wording.UNKNOWN;
    if (!othersSay.isEmpty()) {
      Path source = sourceFile(root.resolve("stories").resolve(n.path("story").asText()), n.path("source").asText());
      wording = source == null ? wording : Wordings.of(read(source), n.path("find").asText(), othersSay);
    }
    try {
      return new EvalCase(n.path("name").asText(), n.path("story").asText(), kind.equals("planted"),
          n.path("type").asText(), n.path("source").asText(), n.path("find").asText(), n.path("replace").asText(),
          n.path("mark").asText(), others, othersSay, wording, file.getFileName().toString());
    } catch (IllegalArgumentException e) {
      throw doc.error("/mark", e.getMessage());
    }
  }

  /** The article file of {@code source} in a story folder, or null. */
  static Path sourceFile(Path story, String source) {
    if (!Files.isDirectory(story)) {
      return null;
    }
    try (Stream<Path> files = Files.list(story)) {
      return files.filter(p -> {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot < 0 ? name : name.substring(0, dot)).equals(source);
      }).sorted().findFirst().orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RuleFileException(p.toString(), 0, "cannot read: " + e.getMessage(), e);
    }
  }
}
