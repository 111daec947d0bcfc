package dev.crosscheck.rules.checks;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Person;
import dev.crosscheck.model.Place;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.Quote;
import dev.crosscheck.model.Rank;
import dev.crosscheck.model.TimeKind;
import dev.crosscheck.model.TimeValue;
import dev.crosscheck.rules.StoryClaims;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a source that seems to leave a detail out gives it after all, in other words: anywhere in
 * the article (another sentence, the headline, the lead), not only in a sentence aligned with the
 * reporting sources'. An omission is a missing fact, so it is looked for leniently before a source is
 * said to leave it out:
 * <ul>
 *   <li>a figure: the same amount (within the catalog's hedges: "at least 53 others were wounded"
 *   and "53 wounded"), of the same counted thing, or of any when the figure is specific (written in
 *   digits, not a small whole number); a small figure also needs a verb of the same event ("injured",
 *   "were hurt"), and counts the same thing or people ("nine people", "nine other employees"). A specific
 *   figure's digits are also looked for in the text of the source's sentences, however the words
 *   around them are written ("16GB", "a 26-year-old", "2880x1800");</li>
 *   <li>a date, month, year or duration: the same one; a rank: the same kind and position;</li>
 *   <li>a place: the same place; a person: the same person, named in full or by a name that
 *   belongs to them alone;</li>
 *   <li>a quote: the same quote or at least half of its words quoted again.</li>
 * </ul>
 */
final class SaidElsewhere {
  /** A figure at most this, written without a fraction, is too common to be the same fact by itself. */
  private static final double SMALL = 10;
  /** A quote given again shares at least this share of the shorter one's words ... */
  private static final double QUOTE_SHARE = 0.5;
  /** ... and at least this many of them. */
  private static final int QUOTE_MIN_WORDS = 3;

  private final StoryClaims story;
  /** By source, a claim of each sentence that has one, in article order: the sentences to search for names. */
  private final Map<String, List<Claim>> sentences = new LinkedHashMap<>();
  /** By source and value type ("a|QUANTITY"), in article order. */
  private final Map<String, List<Claim>> byType = new java.util.HashMap<>();

  SaidElsewhere(StoryClaims story) {
    this.story = story;
    for (Claim c : story.claims()) {
      List<Claim> ofSource = sentences.computeIfAbsent(c.source(), k -> new ArrayList<>());
      if (ofSource.isEmpty() || ofSource.get(ofSource.size() - 1).evidence().start() != c.evidence().start()) {
        ofSource.add(c);
      }
      byType.computeIfAbsent(c.source() + '|' + c.type(), k -> new ArrayList<>()).add(c);
    }
  }

  /**
   * For each of {@code sources}, the claim that gives one of {@code detail}'s values in other words, the
   * first in its article; sources that do leave it out are absent.
   */
  Map<String, Claim> in(List<String> sources, List<Claim> detail) {
    List<Named> names = patterns(detail);
    Map<String, Claim> out = new LinkedHashMap<>();
    for (String s : sources) {
      in(s, detail, names).ifPresent(c -> out.put(s, c));
    }
    return out;
  }

  private Optional<Claim> in(String source, List<Claim> detail, List<Named> names) {
    for (Claim y : byType.getOrDefault(source + '|' + detail.get(0).type(), List.of())) {
      for (Claim x : detail) {
        if (sameDetail(x, y)) {
          return Optional.of(y);
        }
      }
    }
    for (Named n : names) {
      for (Claim y : sentences.getOrDefault(source, List.of())) {
        if (!y.evidence().text().contains(n.hint())) {
          continue;
        }
        Matcher m = n.word().matcher(y.evidence().text());
        if (m.find()) {
          return Optional.of(named(n.claim(), y, m.start(), m.end()));
        }
      }
    }
    return Optional.empty();
  }

  /** A name or figure of a detail, as a whole word, and text that any sentence it is in contains. */
  private record Named(Claim claim, Pattern word, String hint) {}

  private List<Named> patterns(List<Claim> detail) {
    List<Named> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Claim x : detail) {
      for (String name : names(x)) {
        if (seen.add(name)) {
          out.add(new Named(x, Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])"),
              name));
        }
      }
      Named figure = figure(x);
      if (figure != null && seen.add(figure.word().pattern())) {
        out.add(figure);
      }
    }
    return out;
  }

  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
  private static final String CURRENCY = "[$€£¥]";
  /** The multipliers written after a number, each with its short forms. */
  private static final List<String> MULTIPLIERS = List.of("million|mn|m", "billion|bn|b", "trillion|tn", "thousand|k");

  /**
   * A specific figure's number as digits, however the words around it are written ("16GB", "a
   * 26-year-old", "p74million", "2880x1800"), with or without thousands separators, with the same
   * multiplier ("million") and currency sign or none, and not inside a range, a score or a spaced
   * thousands group ("36-3", "650, 000"); null for a small, round or year-like number, or a score. Its
   * hint is the number's last three digits, which any sentence that has it contains.
   */
  private static Named figure(Claim x) {
    if (!(x.value() instanceof Quantity q) || q.isScore() || !specific(q)) {
      return null;
    }
    Matcher m = NUMBER.matcher(q.text());
    if (!m.find()) {
      return null;
    }
    String digits = m.group().replace(",", "");
    if (digits.endsWith(".")) {
      return null;
    }
    boolean yearLike = q.unit().isEmpty() && digits.matches("(19|20)\\d\\d");
    if (yearLike || digits.replace(".", "").length() < 2) {
      return null;
    }
    boolean currency = q.text().substring(0, m.start()).matches(".*" + CURRENCY + "\\s?");
    StringBuilder rx = new StringBuilder(currency ? "(?<=" + CURRENCY + "\\s?)" : "(?<!" + CURRENCY + "\\s?)");
    rx.append("(?<![\\d.,])(?<!\\d-)");
    String whole = digits.contains(".") ? digits.substring(0, digits.indexOf('.')) : digits;
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        rx.append(",?");
      }
      rx.append(whole.charAt(i));
    }
    if (digits.contains(".")) {
      rx.append(Pattern.quote(digits.substring(digits.indexOf('.'))));
    }
    rx.append("(?!\\d|[.,]\\d|,\\s\\d{3}|-\\d)");
    String after = q.text().substring(m.end()).toLowerCase(java.util.Locale.ROOT);
    String any = String.join("|", MULTIPLIERS);
    String multiplier = null;
    for (String forms : MULTIPLIERS) {
      if (after.matches("\\s?-?(" + forms + ")\\b.*")) {
        multiplier = forms;
      }
    }
    rx.append(multiplier == null ? "(?!\\s?-?(?:" + any + ")\\b)" : "(?=\\s?-?(?:" + multiplier + ")\\b)");
    String hint = whole.length() <= 3 ? whole : whole.substring(whole.length() - 3);
    return new Named(x, Pattern.compile(rx.toString(), Pattern.CASE_INSENSITIVE), hint);
  }

  /**
   * The names a sentence gives a place or person by: the place's name; each word of a person's name
   * that belongs to that person alone in the story ("Smith" for Matt Smith).
   */
  private List<String> names(Claim x) {
    if (x.value() instanceof Place p) {
      return p.name().length() > 2 ? List.of(p.name()) : List.of();
    }
    if (x.value() instanceof Person p) {
      String person = story.persons().resolve(p.key());
      List<String> out = new ArrayList<>();
      for (String w : p.text().split("[^\\p{L}'-]+")) {
        if (w.length() > 2 && Character.isUpperCase(w.codePointAt(0))
            && story.persons().resolve(w.toLowerCase(java.util.Locale.ROOT)).equals(person)) {
          out.add(w);
        }
      }
      return out;
    }
    return List.of();
  }

  /** {@code x}'s value as named in the sentence of {@code y}, from character {@code from} to {@code to}. */
  private static Claim named(Claim x, Claim y, int from, int to) {
    int start = y.evidence().start() + from;
    int end = Math.min(y.evidence().end(), y.evidence().start() + to);
    return new Claim(y.id() + "/" + x.type().label(), y.source(), x.value(), "", "", y.polarity(), y.modality(),
        y.attribution(), y.evidence(), start, end, y.sentence(), List.of(), y.people());
  }

  private boolean sameDetail(Claim x, Claim y) {
    if (x.type() != y.type()) {
      return false;
    }
    return switch (x.type()) {
      case QUANTITY -> sameFigure(x, y);
      case TIME -> sameTime((TimeValue) x.value(), (TimeValue) y.value());
      case RANK -> ((Rank) x.value()).kind() == ((Rank) y.value()).kind()
          && x.value().normalized().equals(y.value().normalized());
      case PLACE -> ((Place) x.value()).key().equals(((Place) y.value()).key());
      case PERSON -> samePerson((Person) x.value(), (Person) y.value());
      case QUOTE -> sameQuote(x, y);
      default -> false;
    };
  }

  private boolean sameFigure(Claim x, Claim y) {
    Quantity a = (Quantity) x.value();
    Quantity b = (Quantity) y.value();
    if (a.isScore() != b.isScore() || !story.compatibility().compatible(x, y)) {
      return false;
    }
    boolean sameThing = a.unit().equals(b.unit());
    if (!specific(a) || !specific(b)) {
      // a small figure: of the same people or things ("nine people", "nine other employees"), by verbs
      // of one event ("injured", "were hurt")
      return !a.unit().isEmpty() && story.vocabulary().samePeople(a.unit(), b.unit()) && !x.predicate().isEmpty()
          && !y.predicate().isEmpty() && story.vocabulary().sameEvent().test(x.predicate(), y.predicate());
    }
    // a specific figure: of the same thing, or the very same figure of a thing named otherwise ("59 catches",
    // "59 receptions")
    return sameThing || a.amount() == b.amount() && java.util.Objects.equals(a.upper(), b.upper());
  }

  /** A figure written in digits that is not a small whole number: "53", "1.2 miles", "$13.9 billion". */
  private static boolean specific(Quantity q) {
    boolean digits = q.text().chars().anyMatch(Character::isDigit);
    return digits && (q.amount() > SMALL || q.amount() != Math.rint(q.amount()));
  }

  private static boolean sameTime(TimeValue a, TimeValue b) {
    boolean specific = a.kind() == TimeKind.DATE || a.kind() == TimeKind.MONTH || a.kind() == TimeKind.YEAR
        || a.kind() == TimeKind.DURATION;
    return specific && a.kind() == b.kind() && a.normalized().equals(b.normalized());
  }

  private boolean samePerson(Person a, Person b) {
    return story.persons().resolve(a.key()).equals(story.persons().resolve(b.key()));
  }

  private static boolean sameQuote(Claim x, Claim y) {
    if (Misquote.sameWords(x, y)) {
      return true;
    }
    Set<String> a = words((Quote) x.value());
    Set<String> b = words((Quote) y.value());
    int shared = 0;
    for (String w : a) {
      if (b.contains(w)) {
        shared++;
      }
    }
    return shared >= QUOTE_MIN_WORDS && shared >= QUOTE_SHARE * Math.min(a.size(), b.size());
  }

  private static Set<String> words(Quote q) {
    Set<String> out = new HashSet<>();
    for (String w : q.words()) {
      if (!w.equals(Quote.GAP) && w.length() > 3) {
        out.add(w);
      }
    }
    return out;
  }
}
