package dev.crosscheck.rules;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Person;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.Quote;
import dev.crosscheck.model.Rank;
import dev.crosscheck.model.RankKind;
import dev.crosscheck.model.Role;
import dev.crosscheck.model.Statement;
import dev.crosscheck.model.TimeKind;
import dev.crosscheck.model.TimeValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Readable names for slots: "number of troops (host)", "date (hold talks)", "quote by Lloyd Austin". */
public final class Topics {
  private static final int QUOTE_PREVIEW_WORDS = 8;

  private Topics() {}

  public static String of(List<Claim> claims) {
    Claim first = claims.get(0);
    String what = switch (first.type()) {
      case QUANTITY -> quantity((Quantity) first.value());
      case RANK -> ((Rank) first.value()).kind() == RankKind.STARS ? "rank" : "order";
      case TIME -> ((TimeValue) first.value()).kind() == TimeKind.DURATION ? "duration" : "date";
      case PLACE -> "place";
      case PERSON -> "name of " + ((Person) first.value()).text();
      case ROLE -> ((Role) first.value()).slot();
      case QUOTE -> quote(claims);
      case STATEMENT -> "whether " + statement(claims);
    };
    if (first.type() == dev.crosscheck.model.ValueType.RANK) {
      String noun = surfaceNoun(first, ((Rank) first.value()).noun());
      what = noun.isEmpty() ? what : what + " of " + noun;
    }
    String context = context(claims);
    return context.isEmpty() || first.type() == dev.crosscheck.model.ValueType.PERSON
        || first.type() == dev.crosscheck.model.ValueType.ROLE || first.type() == dev.crosscheck.model.ValueType.QUOTE
        || first.type() == dev.crosscheck.model.ValueType.STATEMENT ? what : what + " (" + context + ")";
  }

  private static String quantity(Quantity q) {
    return switch (q.unit()) {
      case "" -> "number";
      case "percent" -> "percentage";
      case "age" -> "age";
      case "score" -> "score";
      default -> q.unit().startsWith("percent of ") ? q.unit().replace("percent of ", "percentage of ")
          : q.unit().length() == 3 && q.unit().chars().allMatch(Character::isLetter) && q.unit().equals(
              q.unit().toLowerCase(java.util.Locale.ROOT)) && isCurrency(q) ? "amount in " + q.unit().toUpperCase(
                  java.util.Locale.ROOT) : "number of " + lastWord(q.text(), q.unit());
    };
  }

  /** The counted noun as written: the last word of "more than 50,000 U.S. troops". */
  private static String lastWord(String text, String fallback) {
    String[] words = text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}-]+");
    for (int i = words.length - 1; i >= 0; i--) {
      String word = words[i].startsWith("-") ? words[i].substring(1) : words[i]; // "45-yard"
      if (word.length() > 1 && word.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
        return word;
      }
    }
    return fallback;
  }

  /** The word of the evidence after the value that {@code stem} stands for ("general" for "gener"). */
  private static String surfaceNoun(Claim c, String stem) {
    if (stem.isEmpty()) {
      return stem;
    }
    int from = Math.max(0, Math.min(c.evidence().text().length(), c.valueEnd() - c.evidence().start()));
    for (String w : c.evidence().text().substring(from).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.startsWith(stem) || stem.startsWith(w) && w.length() >= 3) {
        return w;
      }
    }
    return stem;
  }

  private static boolean isCurrency(Quantity q) {
    String t = q.text();
    return t.contains("$") || t.contains("€") || t.contains("£") || t.contains("¥") || t.toLowerCase(
        java.util.Locale.ROOT).matches(".*(dollar|euro|pound|yen|yuan|rupee|won|ruble|rouble|franc|peso).*");
  }

  private static String quote(List<Claim> claims) {
    Quote q = (Quote) claims.get(0).value();
    List<String> words = q.words();
    String preview = String.join(" ", words.subList(0, Math.min(QUOTE_PREVIEW_WORDS, words.size())))
        + (words.size() > QUOTE_PREVIEW_WORDS ? " …" : "");
    return "quote “" + preview + "”";
  }

  private static String statement(List<Claim> claims) {
    Statement s = (Statement) claims.get(0).value();
    return (s.subject() + " " + s.predicate() + " " + s.object()).trim();
  }

  /** The predicate most of the claims hang on, with its most common subject. */
  private static String context(List<Claim> claims) {
    String predicate = mostCommon(claims.stream().map(Claim::predicate).toList());
    String subject = mostCommon(claims.stream().filter(c -> c.predicate().equals(predicate))
        .map(c -> c.subject()).toList());
    if (predicate.isEmpty()) {
      return subject;
    }
    return subject.isEmpty() ? predicate : subject + " " + predicate;
  }

  private static String mostCommon(List<String> values) {
    Map<String, Integer> counts = new HashMap<>();
    for (String v : values) {
      if (!v.isBlank()) {
        counts.merge(v, 1, Integer::sum);
      }
    }
    String best = "";
    int n = 0;
    for (var e : counts.entrySet()) {
      if (e.getValue() > n || e.getValue() == n && e.getKey().compareTo(best) < 0) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }
}
