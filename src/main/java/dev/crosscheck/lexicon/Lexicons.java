package dev.crosscheck.lexicon;

import dev.crosscheck.rules.RuleFileException;
import dev.crosscheck.rules.RulesSource;
import dev.crosscheck.rules.YamlDocument;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** Every lexicon of rules/lexicons/, loaded once and shared read-only by all stages. */
public record Lexicons(
    BoilerplateCues boilerplate,
    Set<String> stopwords,
    NumberWords numbers,
    HedgeWords hedges,
    TimeWords time,
    ModalityCues modality,
    RoleWords roles,
    UnitWords units,
    Gazetteer places,
    Spelling spelling,
    SenseClasses senses,
    Abbreviations abbreviations) {

  public static Lexicons load(RulesSource source) {
    Set<String> stopwords = new HashSet<>();
    for (String w : read(source, "lexicons/stopwords.yaml", Lexicons::stopwords)) {
      stopwords.add(w.toLowerCase(Locale.ROOT));
    }
    return new Lexicons(
        read(source, "lexicons/boilerplate.yaml", BoilerplateCues::from),
        Set.copyOf(stopwords),
        read(source, "lexicons/numbers.yaml", NumberWords::from),
        read(source, "lexicons/hedges.yaml", HedgeWords::from),
        read(source, "lexicons/time.yaml", TimeWords::from),
        read(source, "lexicons/modality.yaml", ModalityCues::from),
        read(source, "lexicons/roles.yaml", RoleWords::from),
        read(source, "lexicons/units.yaml", UnitWords::from),
        read(source, "lexicons/places.yaml", Gazetteer::from),
        read(source, "lexicons/spelling.yaml", Spelling::from),
        read(source, "lexicons/senses.yaml", SenseClasses::from),
        read(source, "lexicons/abbreviations.yaml", Abbreviations::from));
  }

  private static <T> T read(RulesSource source, String file, Function<YamlDocument, T> reader) {
    String name = source.display(file);
    String content = source.read(file)
        .orElseThrow(() -> new RuleFileException(name, 0, "missing lexicon file"));
    YamlDocument doc = YamlDocument.parse(name, content);
    try {
      return reader.apply(doc);
    } catch (RuleFileException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new RuleFileException(name, 0, "cannot use this lexicon: " + e.getMessage(), e);
    }
  }

  private static List<String> stopwords(YamlDocument doc) {
    doc.requireKeys("words");
    return doc.strings("/words");
  }

  /** A word's comparison form: lower case, American spelling. */
  public String fold(String word) {
    return spelling.normalize(word.toLowerCase(Locale.ROOT));
  }
}
