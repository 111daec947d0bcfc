package dev.crosscheck.extract;

import dev.crosscheck.lexicon.Gazetteer;
import dev.crosscheck.lexicon.Lexicons;
import dev.crosscheck.lexicon.RoleWords;
import dev.crosscheck.model.PlaceLevel;
import dev.crosscheck.nlp.Sentence;
import dev.crosscheck.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds people, places and organisations without a trained recogniser (none exists for English on
 * Maven Central): runs of proper nouns, split into a role title ("Defense Secretary") and a name,
 * classed by the gazetteer, organisation words, titles, honorifics, speech verbs and the shape of
 * the name; lone surnames are then tied to the full name the article used.
 */
final class EntityFinder {
  private static final Set<String> CONNECTORS = Set.of("of", "de", "del", "della", "der", "van", "von", "bin", "al",
      "la", "le", "du", "da", "dos", "&");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "outside", "from", "to", "across");
  private static final Set<String> DASHES = Set.of("-", "–", "—", ",", ":");

  private final Lexicons lexicons;
  private final RoleWords roles;
  private final Gazetteer places;

  EntityFinder(Lexicons lexicons) {
    this.lexicons = lexicons;
    this.roles = lexicons.roles();
    this.places = lexicons.places();
  }

  Mentions find(ArticleContext ctx) {
    ctx.commonWords = lowerCaseWords(ctx);
    List<List<Mention>> bySentence = new ArrayList<>();
    List<List<RolePhrase>> bareRoles = new ArrayList<>();
    for (Sentence s : ctx.sentences()) {
      List<Mention> mentions = new ArrayList<>();
      List<RolePhrase> roleOnly = new ArrayList<>();
      findInSentence(ctx, s, mentions, roleOnly);
      bySentence.add(mentions);
      bareRoles.add(roleOnly);
    }
    resolve(ctx, bySentence);
    return new Mentions(bySentence, bareRoles);
  }

  /** Words the article writes in lower case somewhere: common words, not names. */
  private static java.util.Set<String> lowerCaseWords(ArticleContext ctx) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (Sentence s : ctx.sentences()) {
      for (Token t : s.tokens()) {
        String text = t.text();
        if (!text.isEmpty() && Character.isLowerCase(text.charAt(0)) && text.length() > 2) {
          out.add(t.lower());
        }
      }
    }
    return out;
  }

  private void findInSentence(ArticleContext ctx, Sentence s, List<Mention> out, List<RolePhrase> roleOnly) {
    String[] lower = s.lowerTokens();
    int i = 0;
    while (i < s.size()) {
      int place = places.startsLongerName(lower[i]) ? placeSpan(s, i) : -1;
      if (place < 0 && !nameLike(s, lower, i)) {
        i++;
        continue;
      }
      int j = place < 0 ? i + 1 : place;
      while (j < s.size()) {
        if (nameLike(s, lower, j) && !isCalendarWord(lower[j])) {
          j++;
        } else if (j + 1 < s.size() && isConnector(s, lower, j)
            && (nameLike(s, lower, j + 1) || lower[j].equals("-"))) {
          j += 2;
        } else {
          break;
        }
      }
      int from = i;
      while (from > 0 && s.token(from - 1).isCapitalized() && isTitleWord(lower[from - 1])) {
        from--; // "Defense" tagged as an adjective at the start of "Defense Secretary Lloyd Austin"
      }
      addRun(ctx, s, lower, from, j, out, roleOnly);
      i = j;
    }
  }

  /**
   * The end of a place name of two to four capitalised words the gazetteer knows, starting at {@code i}
   * ("New York", whose "New" alone is no name), or -1.
   */
  private int placeSpan(Sentence s, int i) {
    for (int end = Math.min(s.size(), i + 4); end >= i + 2; end--) {
      boolean capitalised = true;
      for (int k = i; k < end && capitalised; k++) {
        capitalised = s.token(k).isCapitalized();
      }
      if (capitalised && places.lookup(Clauses.join(s, i, end)).isPresent()) {
        return end;
      }
    }
    return -1;
  }

  private boolean isTitleWord(String lower) {
    return roles.domains().contains(lower) || roles.headWords().contains(lower) && !lower.equals("of")
        || places.byDemonym(lower).isPresent();
  }

  private boolean isConnector(Sentence s, String[] lower, int j) {
    if (CONNECTORS.contains(lower[j])) {
      return true;
    }
    return gluedHyphen(s, lower, j);
  }

  /** "Won-sik", "Ching-te", "Attorney-General": a hyphen with no space on either side, before a letter. */
  private static boolean gluedHyphen(Sentence s, String[] lower, int j) {
    Token t = s.token(j);
    return lower[j].equals("-") && j > 0 && s.token(j - 1).end() == t.start()
        && j + 1 < s.size() && s.token(j + 1).start() == t.end()
        && Character.isLetter(s.token(j + 1).text().charAt(0));
  }

  private boolean nameLike(Sentence s, String[] lower, int i) {
    Token t = s.token(i);
    if (t.text().isEmpty() || !Character.isUpperCase(t.text().codePointAt(0))) {
      return false;
    }
    if (!t.text().chars().anyMatch(Character::isLetter)) {
      return false;
    }
    if (isCalendarWord(lower[i]) && (i == 0 || !s.token(i - 1).isProperNoun())) {
      return false;
    }
    if (t.isProperNoun()) {
      return !lexicons.stopwords().contains(lower[i]);
    }
    if (t.text().length() >= 2 && t.text().chars().allMatch(c -> Character.isUpperCase(c) || c == '.')) {
      return true; // "NATO", a dateline's "TOKYO"
    }
    boolean sentenceStart = i == 0 || (i == 1 && s.token(0).isPunctuation());
    if (sentenceStart || lexicons.stopwords().contains(lower[i]) || roles.notNames().contains(lower[i])) {
      return false;
    }
    return switch (t.tag()) {
      case "NOUN", "ADJ", "X", "VERB", "ADV" -> true;
      default -> false;
    };
  }

  private boolean isCalendarWord(String lower) {
    String w = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    return lexicons.time().months().containsKey(w) && w.length() > 3
        || lexicons.time().weekdays().containsKey(w) && w.length() > 3;
  }

  private void addRun(ArticleContext ctx, Sentence s, String[] lower, int a, int b, List<Mention> out,
      List<RolePhrase> roleOnly) {
    RolePhrase role = null;
    int nameStart = a;
    Title title = title(s, lower, a, b);
    if (title == null) {
      title = innerTitle(s, lower, a, b);
    }
    if (title != null) {
      role = title.phrase();
      nameStart = title.end();
    } else {
      Title before = titleBefore(s, lower, a);
      if (before != null) {
        role = before.phrase();
      }
    }
    boolean honorific = false;
    if (nameStart < b && roles.honorifics().contains(lower[nameStart])) {
      honorific = true;
      nameStart++;
    } else if (a > 0 && roles.honorifics().contains(lower[a - 1])) {
      honorific = true;
    }
    if (nameStart >= b) {
      if (role != null) {
        roleOnly.add(role);
      }
      return;
    }
    int nameEnd = b;
    boolean headline = isHeadline(s, lower);
    String text = Clauses.join(s, nameStart, nameEnd);
    if (text.endsWith(".") && places.lookup(text).isEmpty() && !text.substring(0, text.length() - 1).contains(".")) {
      text = text.substring(0, text.length() - 1); // "Egypt." at the end of a sentence
    }
    Optional<Gazetteer.Entry> place = places.lookup(text);
    if (place.isEmpty() && nameStart > 0 && lower[nameStart - 1].equals("the")) {
      place = places.lookup("the " + text);
    }
    EntityKind kind;
    String key;
    if (place.isPresent() && role == null && !honorific) {
      kind = EntityKind.PLACE;
      key = place.get().key();
    } else if (isOrganisation(s, lower, title != null ? nameStart : a, b)) {
      kind = EntityKind.ORGANISATION;
      key = text.toLowerCase(Locale.ROOT);
      place = Optional.empty();
    } else if (hasLowerCase(s, nameStart, nameEnd) && (role != null || honorific
        || (saidAfter(ctx, s, lower, nameEnd) && nameEnd - nameStart <= 4)
        || !headline && looksLikeFullName(ctx, s, lower, nameStart, nameEnd) && !afterLocative(lower, a))) {
      kind = EntityKind.PERSON;
      key = NameKeys.key(text);
      place = Optional.empty();
    } else {
      kind = EntityKind.OTHER;
      key = NameKeys.key(text);
    }
    out.add(new Mention(s.index(), nameStart, nameEnd, text, kind, key, role, place.orElse(null)));
  }

  private record Title(RolePhrase phrase, int end) {}

  /** A title at the start of the run [a, b): qualifier, domains and a role head ("US Defence Secretary"). */
  private Title title(Sentence s, String[] lower, int a, int b) {
    int p = a;
    String qualifier = "";
    boolean current = true;
    if (p < b && (roles.notCurrent().contains(lower[p]))) {
      current = false;
      p++;
    }
    Qualifier q = qualifier(lower, p, b);
    if (q != null) {
      qualifier = q.key();
      p = q.end();
    } else if (p + 1 < b && s.token(p).tag().equals("ADJ") && roles.heads().matchAt(lower, p + 1) > 0
        && !roles.domains().contains(lower[p]) && roles.heads().matchAt(lower, p) == 0) {
      qualifier = lower[p];
      p++;
    }
    int roleStart = p;
    boolean head = false;
    while (p < b) {
      int h = roles.heads().matchAt(lower, p);
      if (h > 0 && p + h <= b) {
        head = true;
        p += h;
        continue;
      }
      int d = roles.domains().matchAt(lower, p);
      if (d > 0 && p + d <= b) {
        p += d;
        continue;
      }
      boolean joiner = lower[p].equals("of") || gluedHyphen(s, lower, p); // "Attorney-General"
      if (head && joiner && p + 1 < b && (roles.domains().matchAt(lower, p + 1) > 0
          || roles.heads().matchAt(lower, p + 1) > 0)) {
        p++;
        continue;
      }
      break;
    }
    if (!head) {
      return null;
    }
    while (p > roleStart && !roles.headWords().contains(lower[p - 1]) && roles.domains().matchAt(lower, p - 1) == 0) {
      p--;
    }
    return new Title(new RolePhrase(a, p, Clauses.join(s, a, p), normalizeRole(lower, roleStart, p), qualifier,
        current), p);
  }

  /**
   * A title inside a run, after the body it belongs to: "Palmer Public Safety Director Jon Owen" is
   * the director (of Palmer Public Safety) Jon Owen.
   */
  private Title innerTitle(Sentence s, String[] lower, int a, int b) {
    for (int k = b - 2; k > a; k--) {
      int h = roles.heads().matchAt(lower, k);
      if (h == 0 || k + h >= b || !s.token(k).isCapitalized()) {
        continue;
      }
      int roleStart = k;
      while (roleStart > a && roles.domains().matchAt(lower, roleStart - 1) > 0) {
        roleStart--;
      }
      String body = String.join(" ", java.util.Arrays.copyOfRange(lower, a, roleStart));
      Optional<Gazetteer.Entry> place = places.lookup(body);
      Optional<Gazetteer.Entry> demonym = places.byDemonym(body);
      String qualifier = place.isPresent() ? place.get().key() : demonym.isPresent() ? demonym.get().key() : body;
      return new Title(new RolePhrase(a, k + h, Clauses.join(s, a, k + h), normalizeRole(lower, roleStart, k + h),
          qualifier, true), k + h);
    }
    return null;
  }

  /** Lower-case role words right before a name ("spokesperson Matthew Miller", "the team's coach"). */
  private Title titleBefore(Sentence s, String[] lower, int a) {
    int n = roles.heads().matchEndingAt(lower, a);
    if (n == 0 || s.token(a - 1).isProperNoun() || s.token(a - n).isProperNoun()) {
      return null;
    }
    int p = a - n;
    String qualifier = "";
    boolean current = true;
    int q = p;
    if (q > 0 && roles.notCurrent().contains(lower[q - 1])) {
      current = false;
      q--;
    }
    if (q > 0) {
      Optional<Gazetteer.Entry> demonym = places.byDemonym(lower[q - 1]);
      if (demonym.isPresent()) {
        qualifier = demonym.get().key();
        q--;
      }
    }
    return new Title(new RolePhrase(q, a, Clauses.join(s, q, a), normalizeRole(lower, p, a), qualifier, current), a);
  }

  private record Qualifier(String key, int end) {}

  /** A country, demonym or organisation-free place at p that qualifies a role after it. */
  private Qualifier qualifier(String[] lower, int p, int b) {
    for (int len = Math.min(3, b - p - 1); len >= 1; len--) {
      String words = String.join(" ", java.util.Arrays.copyOfRange(lower, p, p + len));
      Optional<Gazetteer.Entry> e = places.byDemonym(words);
      if (e.isEmpty()) {
        e = places.lookup(words).filter(x -> x.level() != PlaceLevel.AREA);
      }
      if (e.isPresent() && (roles.heads().matchAt(lower, p + len) > 0 || roles.domains().matchAt(lower, p + len) > 0)) {
        return new Qualifier(e.get().key(), p + len);
      }
    }
    return null;
  }

  /** "Secretary of Defense" becomes "defense secretary"; words lower case, American spelling. */
  String normalizeRole(String[] lower, int from, int to) {
    List<String> words = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (!lower[i].equals("the") && !lower[i].equals("-")) {
        words.add(lexicons.fold(lower[i]));
      }
    }
    int of = words.indexOf("of");
    if (of > 0 && of < words.size() - 1) {
      List<String> head = words.subList(0, of);
      List<String> domain = words.subList(of + 1, words.size());
      List<String> reordered = new ArrayList<>(domain);
      reordered.addAll(head);
      words = reordered;
    }
    return String.join(" ", words);
  }

  /** "in Beit Lahiya", "near Bandar Abbas": a two-word name after a place preposition is a place. */
  private static boolean afterLocative(String[] lower, int start) {
    int i = start - 1;
    if (i >= 0 && lower[i].equals("the")) {
      i--;
    }
    return i >= 0 && PLACE_PREPOSITIONS.contains(lower[i]);
  }

  private static boolean hasLowerCase(Sentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.token(i).text().chars().anyMatch(Character::isLowerCase)) {
        return true;
      }
    }
    return false;
  }

  /** A title-case line ("US Upgrades Japan Military Command"), where capitals say nothing of names. */
  private boolean isHeadline(Sentence s, String[] lower) {
    String last = lower[lower.length - 1];
    if (last.equals(".") || last.equals("!") || last.equals("?") || last.endsWith(".") && last.length() > 1) {
      return false;
    }
    int words = 0;
    int capitalised = 0;
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      if (!t.text().chars().anyMatch(Character::isLetter) || lexicons.stopwords().contains(lower[i])) {
        continue;
      }
      words++;
      if (t.isCapitalized()) {
        capitalised++;
      }
    }
    return words >= 4 && capitalised * 10 >= words * 8;
  }

  private boolean isOrganisation(Sentence s, String[] lower, int a, int b) {
    if (b - a >= 2 && roles.vesselPrefixes().contains(lower[a])) {
      return true; // a ship, "INS Tabar", "USS Cole": a crew's name, not a person's
    }
    for (int i = a; i < b; i++) {
      if (roles.organisationWords().contains(lower[i]) && (i > a || b - a == 1)) {
        return true;
      }
    }
    if (b - a == 1) {
      String t = s.token(a).text();
      boolean acronym = t.length() >= 2 && t.length() <= 6 && t.chars().allMatch(c -> Character.isUpperCase(c)
          || c == '.' || c == '&');
      return acronym && places.lookup(t).isEmpty();
    }
    return false;
  }

  private boolean saidAfter(ArticleContext ctx, Sentence s, String[] lower, int end) {
    int i = end;
    if (i < s.size() && (lower[i].equals("also") || lower[i].equals("has") || lower[i].equals("had"))) {
      i++;
    }
    return i < s.size() && s.token(i).isVerb()
        && lexicons.modality().speechVerbs().contains(ctx.lemma(s.token(i)));
  }

  /** Two to four capitalised words, none of them a common word, calendar word or number. */
  private boolean looksLikeFullName(ArticleContext ctx, Sentence s, String[] lower, int from, int to) {
    int words = 0;
    for (int i = from; i < to; i++) {
      Token t = s.token(i);
      if (lower[i].equals("-") || lower[i].endsWith(".") && lower[i].length() <= 2
          || i > from && lower[i - 1].equals("-") && s.token(i - 1).end() == t.start()) {
        continue;
      }
      if (ctx.commonWords.contains(lower[i])) {
        return false;
      }
      if (!Character.isUpperCase(t.text().codePointAt(0)) || roles.notNames().contains(lower[i])
          || lexicons.stopwords().contains(lower[i]) || CONNECTORS.contains(lower[i])
          || places.lookup(t.text()).isPresent() || places.byDemonym(lower[i]).isPresent()
          || !t.text().chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '.')) {
        return false;
      }
      words++;
    }
    return words >= 2 && words <= 4;
  }

  /**
   * Ties lone surnames to the article's full names, and classes unknown names after "in", "at" or in
   * a dateline as places.
   */
  private void resolve(ArticleContext ctx, List<List<Mention>> bySentence) {
    Map<String, String> byWord = new HashMap<>();
    Map<String, String> textOfKey = new HashMap<>();
    for (List<Mention> list : bySentence) {
      for (Mention m : list) {
        if (m.isPerson() && m.size() >= 2) {
          textOfKey.putIfAbsent(m.key(), m.text());
          for (String w : m.key().split(" ")) {
            String previous = byWord.putIfAbsent(w, m.key());
            if (previous != null && !previous.equals(m.key())) {
              byWord.put(w, "");
            }
          }
        }
      }
    }
    for (List<Mention> list : bySentence) {
      for (int k = 0; k < list.size(); k++) {
        Mention m = list.get(k);
        Sentence s = ctx.sentences().get(m.sentence());
        boolean surnameLikePlace = m.kind() == EntityKind.PLACE && m.size() == 1 && byWord.containsKey(m.key());
        if (m.kind() == EntityKind.OTHER || (m.isPerson() && m.size() == 1) || surnameLikePlace) {
          String full = byWord.get(m.key());
          if (full != null && !full.isEmpty()) {
            list.set(k, new Mention(m.sentence(), m.start(), m.end(), m.text(), EntityKind.PERSON, full, m.role(),
                null));
            continue;
          }
        }
        boolean generic = m.size() == 1 && roles.notNames().contains(s.token(m.start()).lower())
            || m.end() + 1 < s.size() && s.token(m.end()).lower().equals("and")
            && s.token(m.end() + 1).isCapitalized(); // "the Fish and Wildlife Service
        if (m.kind() == EntityKind.OTHER && !generic && (afterPlacePreposition(s, m)
            && !isHeadline(s, s.lowerTokens()) || isDateline(s, m))) {
          list.set(k, m.withKind(EntityKind.PLACE, m.text().toLowerCase(Locale.ROOT)));
        }
      }
    }
  }

  /** "in Yokota", "at Gadera": not "interested in the Q10", not a name with digits. */
  private static boolean afterPlacePreposition(Sentence s, Mention m) {
    if (m.text().chars().anyMatch(Character::isDigit)) {
      return false;
    }
    int i = m.start() - 1;
    if (i >= 0 && s.token(i).lower().equals("the")) {
      i--;
    }
    boolean preposition = i >= 0 && PLACE_PREPOSITIONS.contains(s.token(i).lower());
    return preposition && (i == 0 || !s.token(i - 1).tag().equals("ADJ"));
  }

  private static boolean isDateline(Sentence s, Mention m) {
    if (m.start() != 0 || m.end() >= s.size()) {
      return false;
    }
    String text = m.text();
    boolean caps = text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    return caps && DASHES.contains(s.token(m.end()).lower());
  }
}
