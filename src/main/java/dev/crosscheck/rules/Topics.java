package dev.crosscheck.rules;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Person;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.Quote;
import dev.crosscheck.model.Rank;
import dev.crosscheck.model.RankKind;
import dev.crosscheck.model.Role;
import dev.crosscheck.model.TimeKind;
import dev.crosscheck.model.TimeValue;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a finding is about, in words a reader would use: "the number of troops Japan hosts", "the date
 * when the two countries agreed", "the rank of the general", "Austin's quote “It will be one of …”",
 * "whether Austin will join Kamikawa". Built from the claim's parts (the value's kind and counted
 * noun, its subject and predicate), always in the words of the sentence ({@link SentenceWords}),
 * never from lemmas or stems. The fixed words are {@link #FIXED_WORDS}; every other word of a topic is
 * a word of the finding's evidence.
 */
public final class Topics {
  /** The words a topic adds to those of the evidence. */
  public static final java.util.Set<String> FIXED_WORDS = java.util.Set.of("the", "number", "of", "figure", "distance",
      "amount", "percentage", "age", "score", "date", "when", "duration", "place", "where", "dateline", "rank",
      "which", "name", "spelling", "quote", "whether", "s", "a", "that");
  private static final int QUOTE_PREVIEW_WORDS = 8;
  private static final java.util.regex.Pattern EVENT_NAMED =
      java.util.regex.Pattern.compile("^(the date|the place) of ([\\p{L}-]+)$");
  /** Speakers that name no one: their quotes are "the quote". */
  private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "they", "it", "we", "i",
      "you", "who", "one");
  private static final java.util.Set<String> NOT_COUNTED = java.util.Set.of("of", "and", "or", "the", "a", "an",
      "to", "in", "on", "at", "by", "for", "from", "with", "than", "more", "less", "about", "some", "over", "under");

  private Topics() {}

  /** The topic of the claims; {@code vocabulary} tells which units measure a distance ("the distance"). */
  public static String of(List<Claim> claims, Vocabulary vocabulary) {
    Claim first = claims.get(0);
    Claim lead = lead(claims);
    SentenceWords.Span clause = SentenceWords.clause(lead);
    return switch (first.type()) {
      case QUANTITY -> vocabulary.distanceUnits().contains(((Quantity) first.value()).unit())
          ? around("the distance", clause) : countOfPeople(claims, vocabulary)
              .orElseGet(() -> quantity((Quantity) first.value(), lead, clause));
      case RANK -> rank(first, clause);
      case TIME -> ((TimeValue) first.value()).kind() == TimeKind.DURATION
          ? around("the duration", clause)
          : ofNoun(claims, relative("the date when", ofEvent("the date", lead, vocabulary).orElse("the date"), clause));
      case PLACE -> first.predicate().equals("dateline") ? "the dateline"
          : relative("the place where", ofEvent("the place", lead, vocabulary).orElse("the place"), clause);
      case PERSON -> name((Person) first.value());
      case ROLE -> role((Role) first.value());
      case QUOTE -> quote((Quote) first.value());
      case STATEMENT -> "whether " + SentenceWords.statement(first);
    };
  }

  /**
   * The kind of fact a topic names, for telling whether two findings of one sentence are one fact:
   * the topic, but a date or place named by the noun of its verb ("the date of arrest") is of the kind
   * of a bare "the date" or "the place", which another claim of the fact may have, and an age named by
   * its holder ("the age of Hiller") of the kind of "the age". A date named by a noun of its sentence
   * ("the date of the interview") stays a kind of its own.
   */
  public static String kind(String topic) {
    return topic.startsWith("the age of ") ? "the age" : EVENT_NAMED.matcher(topic).replaceFirst("$1");
  }

  /** The topic of a spelling conflict: "the spelling of Antony Blinken". */
  public static String spelling(Person person) {
    return "the spelling of " + person.text();
  }

  /** "the name of Antony Blinken". */
  public static String name(Person person) {
    return "the name of " + person.text().replaceAll("^(?:(?:of|the|and|by|from|in|at|to)\\s+)+", "")
        .replaceAll("[\\s,;:]+$", "");
  }

  /** The role as its sources write it, without its holder: "the Defense Secretary". */
  public static String role(Role role) {
    String text = role.text();
    int at = text.indexOf(role.holder());
    String title = at < 0 ? role.slot() : (text.substring(0, at) + " " + text.substring(at + role.holder().length()));
    title = title.replaceAll("[\\s,;:()]+", " ").trim();
    if (title.toLowerCase(Locale.ROOT).startsWith("the ")) {
      title = title.substring(4);
    }
    if (title.endsWith("'s") || title.endsWith("’s")) {
      title = title.substring(0, title.length() - 2).trim();
    }
    return "the " + (title.isEmpty() ? role.slot() : title);
  }

  /**
   * The name a journalist gives a count of people by what happened to them ("the death toll"), when
   * every claim counts people and says it with a verb of that one name; else none, and a claim of
   * another verb ("40 people were injured" beside "killed") keeps the topic of the sentence's words.
   */
  private static java.util.Optional<String> countOfPeople(List<Claim> claims, Vocabulary vocabulary) {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (Claim c : claims) {
      String name = vocabulary.peopleCountTopics().get(c.predicate());
      if (name == null || !vocabulary.countsPeople(((Quantity) c.value()).unit())) {
        return java.util.Optional.empty();
      }
      names.add(name);
    }
    return names.size() == 1 ? java.util.Optional.of(names.iterator().next()) : java.util.Optional.empty();
  }

  private static String quantity(Quantity q, Claim lead, SentenceWords.Span clause) {
    return switch (q.unit()) {
      case "" -> around("the figure", clause);
      case "percent" -> around("the percentage", clause);
      case "magnitude" -> around("the magnitude", clause);
      case "age" -> {
        String holder = SentenceWords.ageHolder(lead);
        yield holder.isEmpty() ? "the age" : "the age of " + holder;
      }
      case "score" -> around("the score", clause);
      default -> {
        if (q.unit().startsWith("percent of ")) {
          String of = SentenceWords.asWritten(lead, q.unit().substring("percent of ".length()));
          yield of.isEmpty() ? "the percentage" : "the percentage of " + of;
        }
        if (isCurrency(q)) {
          yield relative("the amount", "the amount", clause);
        }
        String counted = countedNoun(q.text());
        if (counted.isEmpty()) {
          yield around("the figure", clause);
        }
        yield "the number of " + SentenceWords.plural(counted)
            + (clause == null ? "" : " " + clause.without(counted));
      }
    };
  }

  private static String rank(Claim c, SentenceWords.Span clause) {
    Rank r = (Rank) c.value();
    String noun = SentenceWords.nounAfterValue(c, r.noun());
    if (r.kind() == RankKind.STARS) {
      if (noun.isEmpty() || noun.equalsIgnoreCase("rank")) {
        String that = noun.isEmpty() ? "" : SentenceWords.relativeAfter(c, noun);
        return that.isEmpty() ? relative("the rank", "the rank", clause) : "the rank " + that;
      }
      return "the rank of the " + noun;
    }
    return noun.isEmpty() ? around("the rank", clause) : "which " + noun;
  }

  private static String quote(Quote q) {
    String[] words = q.text().replaceAll("^[\\s\"“”‘’'«»,.:;!?…-]+|[\\s\"“”‘’'«»,.:;!?…-]+$", "").split("\\s+");
    String preview = String.join(" ", java.util.Arrays.copyOf(words, Math.min(QUOTE_PREVIEW_WORDS, words.length)))
        .replaceAll("[,;:.]+$", "") + (words.length > QUOTE_PREVIEW_WORDS ? " …" : "");
    String who = q.speaker().isBlank() || PRONOUNS.contains(q.speaker().toLowerCase(Locale.ROOT)) ? "the quote" : q.speaker() + (q.speaker().endsWith("s") ? "’" : "’s") + " quote";
    return who + " “" + preview + "”";
  }

  /**
   * The date named by the nouns it modifies in one of the claims' sentences ("the date of the agreement"
   * for "the June agreement", "the date of the car crash case" for "a 2012 car crash case"), which says
   * what the date is of more surely than a clause near it; else {@code otherwise}. Not places: "the
   * Indianapolis defense" and "a Spiro man" say where from, not where something happened.
   */
  private static String ofNoun(List<Claim> claims, String otherwise) {
    for (Claim c : claims) {
      String noun = SentenceWords.modifiedNoun(c);
      if (!noun.isEmpty()) {
        return "the date of the " + noun;
      }
    }
    return otherwise;
  }

  /**
   * "the date of arrest", "the place of death": what the value is of, named by the noun of
   * the claim's predicate ({@link Vocabulary#eventNoun}), when its verb has one and the sentence writes
   * it right by the value.
   */
  private static java.util.Optional<String> ofEvent(String what, Claim lead, Vocabulary vocabulary) {
    String noun = SentenceWords.predicateBeside(lead) ? vocabulary.eventNoun().apply(lead.predicate()) : "";
    return noun.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(what + " of " + noun);
  }

  /** "the date when the countries agreed" when the sentence says who did what, else {@code plain}. */
  private static String relative(String withClause, String plain, SentenceWords.Span clause) {
    return clause == null || clause.subject().isEmpty() ? plain : withClause + " " + clause.text();
  }

  /** "the percentage (Japan pays)" when the sentence says who did what, else "the percentage". */
  private static String around(String plain, SentenceWords.Span clause) {
    return clause == null || clause.subject().isEmpty() ? plain : plain + " (" + clause.text() + ")";
  }

  /** The counted noun as written: the last word of "more than 50,000 U.S. troops". */
  private static String countedNoun(String text) {
    String[] words = text.split("[^\\p{L}-]+");
    for (int i = words.length - 1; i >= 0; i--) {
      String word = words[i].startsWith("-") ? words[i].substring(1) : words[i]; // "45-yard"
      if (word.length() > 1 && word.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')
          && !NOT_COUNTED.contains(word.toLowerCase(Locale.ROOT))) {
        return word.toLowerCase(Locale.ROOT).equals(word) || word.length() < 2 ? word
            : Character.isUpperCase(word.charAt(1)) ? word : word.toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  private static boolean isCurrency(Quantity q) {
    String t = q.text();
    return q.unit().length() == 3 && q.unit().chars().allMatch(Character::isLetter) && (t.contains("$")
        || t.contains("€") || t.contains("£") || t.contains("¥") || t.toLowerCase(Locale.ROOT)
            .matches(".*(dollar|euro|pound|yen|yuan|rupee|won|ruble|rouble|franc|peso).*"));
  }

  /** The claim whose predicate most of the claims share (the first of them), to name the fact by. */
  private static Claim lead(List<Claim> claims) {
    Map<String, Integer> counts = new HashMap<>();
    for (Claim c : claims) {
      if (!c.predicate().isBlank()) {
        counts.merge(c.predicate(), 1, Integer::sum);
      }
    }
    Claim best = claims.get(0);
    int n = 0;
    for (Claim c : claims) {
      int k = counts.getOrDefault(c.predicate(), 0);
      if (k > n) {
        best = c;
        n = k;
      }
    }
    return best;
  }

}
