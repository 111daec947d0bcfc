package dev.crosscheck.rules.checks;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Place;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.Quote;
import dev.crosscheck.model.Rank;
import dev.crosscheck.model.RankKind;
import dev.crosscheck.model.TimeValue;
import dev.crosscheck.rules.Rule;
import java.util.List;

/**
 * How much a detail matters to a reader comparing sources, from 0 to 1: the weight of its type (from
 * the rule's parameters), how specific the value is (a date over a year, a counted figure over a bare
 * number), how early it comes in its articles (leads carry the story), and how many sources carry it.
 * A value set against another in its sentence ("a three-star general, not the four-star rank Japan had
 * requested", "rather than", "up from") is what was asked, expected or before: {@code contrast_boost}
 * times as salient, the cues listed in {@code contrast_cues}.
 */
final class Salience {
  private static final double LEAD_SENTENCES = 8.0;

  private Salience() {}

  static double of(Rule rule, List<Claim> claims, int reporting, int sources) {
    Claim first = claims.get(0);
    double weight = rule.number("weight_" + first.type().label(), 0.5);
    double specificity = 0;
    int earliest = Integer.MAX_VALUE;
    for (Claim c : claims) {
      specificity = Math.max(specificity, specificity(c));
      earliest = Math.min(earliest, c.sentence());
    }
    double position = 1.0 / (1.0 + earliest / LEAD_SENTENCES);
    double spread = sources <= 1 ? 1 : 0.5 + 0.5 * reporting / (double) sources;
    List<String> cues = rule.strings("contrast_cues");
    double contrast = claims.stream().anyMatch(c -> contrasted(cues, c)) ? rule.number("contrast_boost", 1) : 1;
    return Math.max(0, Math.min(1, weight * specificity * (0.5 + 0.5 * position) * spread * contrast));
  }

  private static final java.util.regex.Pattern ARTICLE_AT_END = java.util.regex.Pattern.compile("\\b(?:the|a|an)\\s+$");

  /** Whether a cue ends just before the value, but for an article ("not the four-star rank"). */
  static boolean contrasted(List<String> cues, Claim c) {
    String text = c.evidence().text();
    int at = c.valueStart() - c.evidence().start();
    if (cues.isEmpty() || at <= 0 || at > text.length()) {
      return false;
    }
    String before = ARTICLE_AT_END.matcher(text.substring(Math.max(0, at - 40), at).toLowerCase(java.util.Locale.ROOT))
        .replaceAll("").stripTrailing();
    for (String cue : cues) {
      if (before.endsWith(" " + cue) || before.equals(cue)) {
        return true;
      }
    }
    return false;
  }

  static double specificity(Claim c) {
    if (c.value() instanceof Quantity q) {
      if (q.isScore()) {
        return 0.8;
      }
      boolean counted = !q.unit().isEmpty();
      boolean small = q.amount() <= 10 && q.upper() == null && q.text().chars().noneMatch(Character::isDigit);
      return counted ? (small ? 0.5 : 1.0) : 0.5;
    }
    if (c.value() instanceof TimeValue t) {
      return switch (t.kind()) {
        case DATE -> 1.0;
        case WEEKDAY -> 0.9;
        case MONTH -> 0.8;
        case DURATION -> 0.7;
        case YEAR -> 0.6;
        case RELATIVE -> 0.5;
      };
    }
    if (c.value() instanceof Place p) {
      return switch (p.level()) {
        case CITY, REGION, UNKNOWN -> 1.0;
        case COUNTRY -> 0.6;
        case AREA -> 0.3;
      };
    }
    if (c.value() instanceof Rank r) {
      return r.kind() == RankKind.STARS ? 1.0 : r.kind() == RankKind.NUMBERED ? 0.8 : 0.6;
    }
    if (c.value() instanceof Quote q) {
      return q.speakerKey().isEmpty() ? 0.6 : 1.0;
    }
    return 0.8;
  }
}
