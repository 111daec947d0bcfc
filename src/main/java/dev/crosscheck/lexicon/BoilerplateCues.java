package dev.crosscheck.lexicon;

import dev.crosscheck.rules.YamlDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Patterns of text that is not the article (lexicons/boilerplate.yaml). */
public final class BoilerplateCues {
  private final List<Pattern> publishedCues;
  private final Pattern htmlRegions;
  private final List<Pattern> starts;
  private final List<CuePattern> contains;

  BoilerplateCues(List<Pattern> starts, List<Pattern> contains, List<Pattern> publishedCues, Pattern htmlRegions) {
    this.publishedCues = List.copyOf(publishedCues);
    this.htmlRegions = htmlRegions;
    this.starts = List.copyOf(starts);
    this.contains = contains.stream().map(CuePattern::of).toList();
  }

  /** One pattern matching any of {@code patterns}. */
  private static Pattern anyOf(List<Pattern> patterns) {
    StringBuilder joined = new StringBuilder();
    for (Pattern p : patterns) {
      joined.append(joined.length() == 0 ? "" : "|").append("(?:").append(p.pattern()).append(')');
    }
    return Pattern.compile(joined.length() == 0 ? "(?!)" : joined.toString(), Pattern.CASE_INSENSITIVE);
  }

  /** Elements of an HTML page that are not the article (by class or id). */
  public Pattern htmlRegions() {
    return htmlRegions;
  }

  static BoilerplateCues from(YamlDocument doc) {
    doc.requireKeys("starts", "contains", "published_cues", "html_regions");
    return new BoilerplateCues(
        patterns(doc, "/starts", "^\\s*(?:"),
        patterns(doc, "/contains", ""),
        patterns(doc, "/published_cues", "^\\s*(?:"),
        anyOf(patterns(doc, "/html_regions", "")));
  }

  private static List<Pattern> patterns(YamlDocument doc, String path, String prefix) {
    List<String> sources = doc.strings(path);
    List<Pattern> out = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      String regex = prefix.isEmpty() ? sources.get(i) : prefix + sources.get(i) + ")";
      try {
        out.add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      } catch (PatternSyntaxException e) {
        throw doc.error(path + "/" + i, "bad regular expression '" + sources.get(i) + "': " + e.getDescription());
      }
    }
    return out;
  }

  public boolean startsLikeBoilerplate(String paragraph) {
    for (Pattern p : starts) {
      if (p.matcher(paragraph).lookingAt()) { // anchored at the start: no need to try every position
        return true;
      }
    }
    return false;
  }

  public boolean containsBoilerplate(String paragraph) {
    String lower = paragraph.toLowerCase(Locale.ROOT);
    for (CuePattern cue : contains) {
      if (cue.find(paragraph, lower)) {
        return true;
      }
    }
    return false;
  }

  /** The rest of a line after a publication cue ("Published: June 13, 2013" gives "June 13, 2013"), or null. */
  public String afterPublishedCue(String line) {
    for (Pattern p : publishedCues) {
      var m = p.matcher(line);
      if (m.lookingAt()) {
        return line.substring(m.end());
      }
    }
    return null;
  }
}
