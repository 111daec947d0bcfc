package dev.crosscheck.extract;

import dev.crosscheck.model.Rank;
import dev.crosscheck.model.RankKind;
import dev.crosscheck.nlp.Sentence;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ranks and ordinals: "three-star general" (3 stars), "the first time" (1st), "No. 2". */
final class RankExtractor {
  private static final Pattern NUMERIC_ORDINAL = Pattern.compile("(\\d+)(st|nd|rd|th)");
  private static final Set<String> ORDINAL_DETERMINERS = Set.of("the", "its", "his", "her", "their", "our", "a",
      "'s", "this", "that", "whose");
  private static final Set<String> NUMBER_SIGNS = Set.of("no.", "no", "number", "#", "nr.");

  private final ArticleContext ctx;
  private final NumberParser numbers;

  RankExtractor(ArticleContext ctx, NumberParser numbers) {
    this.ctx = ctx;
    this.numbers = numbers;
  }

  void extract(Sentence s) {
    String[] lower = s.lowerTokens();
    for (int i = 0; i < s.size(); i++) {
      if (ctx.isUsed(s.index(), i)) {
        continue;
      }
      int end = stars(s, lower, i);
      if (end == i) {
        end = ordinal(s, lower, i);
      }
      if (end == i) {
        end = numbered(s, lower, i);
      }
      if (end > i) {
        i = end - 1;
      }
    }
  }

  /** "three-star", "3-star", "four star". */
  private int stars(Sentence s, String[] lower, int i) {
    NumberParser.Parsed n = numbers.parse(s, i);
    if (n == null || n.plural() || n.value() < 1 || n.value() > 10 || n.value() != Math.rint(n.value())) {
      return i;
    }
    int k = n.end();
    if (k < lower.length && lower[k].equals("-")) {
      k++;
    }
    if (k >= lower.length || !(lower[k].equals("star") || lower[k].equals("stars"))) {
      return i;
    }
    int head = NounPhrases.headAfter(s, k + 1);
    String noun = head >= 0 ? ctx.terms.term(s.token(head).text()) : "";
    ctx.add(s.index(), i, k + 1, new Rank(Clauses.join(s, i, k + 1), RankKind.STARS, (int) n.value(), noun));
    return k + 1;
  }

  /** "the first South Korean defense chief", "its 21st", not "first," or "at first". */
  private int ordinal(Sentence s, String[] lower, int i) {
    int ranked = ranking(s, lower, i);
    if (ranked > i) {
      return ranked;
    }
    Integer position = ordinalValue(lower[i]);
    if (position == null) {
      return i;
    }
    if (i + 2 < lower.length && lower[i + 1].equals("-") && s.token(i + 1).start() == s.token(i).end()
        && Character.isLetter(lower[i + 2].charAt(0))) {
      // "first-degree murder", "second-largest": the ordinal ranks the word after the hyphen
      ctx.add(s.index(), i, i + 3, new Rank(Clauses.join(s, i, i + 3), RankKind.ORDINAL, position,
          ctx.terms.term(s.token(i + 2).text())));
      return i + 3;
    }
    if (i == 0 || !ORDINAL_DETERMINERS.contains(lower[i - 1])) {
      return i;
    }
    if (lower[i].equals("second") && i + 1 < lower.length && lower[i + 1].equals("half")) {
      return i;
    }
    int head = NounPhrases.headAfter(s, i + 1);
    if (head < 0) {
      return i;
    }
    ctx.add(s.index(), i, i + 1, new Rank(s.token(i).text(), RankKind.ORDINAL, position,
        ctx.terms.term(s.token(head).text())));
    return i + 1;
  }

  /**
   * "the third-ranked Tar Heels", "top-seeded Nadal": a place in a ranking, the same thing as "the
   * No. 3 Tar Heels", so numbered and of the noun that follows.
   */
  private int ranking(Sentence s, String[] lower, int i) {
    var words = ctx.lexicons.numbers();
    if (i + 2 >= lower.length || !lower[i + 1].equals("-") || !words.rankParticiples().contains(lower[i + 2])
        || s.token(i + 1).start() != s.token(i).end() || s.token(i + 2).start() != s.token(i + 1).end()) {
      return i;
    }
    Integer position = words.firstPlaceWords().contains(lower[i]) ? Integer.valueOf(1) : ordinalValue(lower[i]);
    int head = rankedHead(s, i + 3);
    if (position == null || head < 0) {
      return i;
    }
    ctx.add(s.index(), i, i + 3, new Rank(Clauses.join(s, i, i + 3), RankKind.NUMBERED, position,
        ctx.terms.term(s.token(head).text())));
    return i + 3;
  }

  /** "third" or "3rd": 3; null for a word that is no ordinal. */
  private Integer ordinalValue(String lower) {
    Integer position = ctx.lexicons.numbers().ordinals().get(lower);
    if (position == null) {
      Matcher m = NUMERIC_ORDINAL.matcher(lower);
      position = m.matches() ? Integer.valueOf(m.group(1)) : null;
    }
    return position;
  }

  /**
   * What is ranked: the last word of a name written right after ("the No. 1 Tar Heels", "top-seeded
   * Rafael Nadal"), however the tagger tags its words, else the head noun ("the No. 2 seed").
   */
  private static int rankedHead(Sentence s, int from) {
    int head = -1;
    for (int k = from; k < s.size() && s.token(k).isCapitalized() && isWord(s.token(k).text()); k++) {
      head = k;
    }
    return head >= 0 ? head : NounPhrases.headAfter(s, from);
  }

  private static boolean isWord(String text) {
    return text.chars().allMatch(Character::isLetter);
  }

  /** "No. 2", "number 10". */
  private int numbered(Sentence s, String[] lower, int i) {
    if (!NUMBER_SIGNS.contains(lower[i]) || i + 1 >= lower.length) {
      return i;
    }
    if (lower[i].equals("no") && !s.token(i).text().equals("No")) {
      return i;
    }
    int k = i + 1;
    if (lower[k].equals("-") || lower[k].equals(".")) {
      k++;
    }
    if (k >= lower.length || !NumberParser.isDigits(lower[k])) {
      return i;
    }
    double v = NumberParser.digits(lower[k]);
    if (v != Math.rint(v) || v > 10000) {
      return i;
    }
    int head = rankedHead(s, k + 1);
    String noun = head >= 0 ? ctx.terms.term(s.token(head).text()) : "";
    ctx.add(s.index(), i, k + 1, new Rank(Clauses.join(s, i, k + 1), RankKind.NUMBERED, (int) v, noun));
    return k + 1;
  }
}
