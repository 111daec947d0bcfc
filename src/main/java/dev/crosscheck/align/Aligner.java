package dev.crosscheck.align;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ContextTerm;
import dev.crosscheck.model.Person;
import dev.crosscheck.model.Polarity;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.Quote;
import dev.crosscheck.model.Rank;
import dev.crosscheck.model.RankKind;
import dev.crosscheck.model.Role;
import dev.crosscheck.model.Statement;
import dev.crosscheck.model.TimeKind;
import dev.crosscheck.model.TimeValue;
import dev.crosscheck.model.ValueType;
import dev.crosscheck.rules.AlignSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups the claims of a story's sources that speak of the same thing. Claims are first put in
 * blocks by slot family (value type, unit or counted noun, rank kind, predicate, modality class).
 * Within a block, claims whose contexts are alike enough (equal values getting a bonus) merge into
 * consistent clusters, most alike first, never holding two values that cannot both be true. Then
 * two clusters join into one slot when a claim of one contradicts a claim of the other from another
 * source and the two are alike by themselves: similar contexts, a content word shared right next to
 * the values, and no different named subjects. Every conflict a slot holds is thus backed by two
 * claims directly.
 */
public final class Aligner {
  /** Words of at most this many letters are left out of a quote's longer words ({@link #quoteOverlap}). */
  private static final int SHORT_WORD = 3;
  /** Fewest longer words of each of two quotes for their longer words to be compared. */
  private static final int MIN_LONGER_WORDS = 4;
  private static final int ALL_PAIRS_LIMIT = 300;
  /** Fewer context words than this and a claim's sentence is too short to tell its topic. */
  private static final int TERSE_CONTEXT = 3;

  private final AlignSettings settings;
  private final Compatibility compatibility;
  private final SameFact sameFact;

  public Aligner(AlignSettings settings, Compatibility compatibility, WordSenses senses,
      DistanceReference distances) {
    this.settings = settings;
    this.compatibility = compatibility;
    this.sameFact = new SameFact(settings, senses, distances);
  }

  /**
   * How well a claim of another source fits a claim as its counterpart: the likeness of their
   * sentences, the weight of their shared anchors, and a bonus when their values agree.
   */
  private double fit(Claim a, Claim b, double similarity, SameFact.Assessment fact) {
    double anchors = Math.min(1, fact.strength() / settings.factMinStrength()) * settings.equalValueBonus();
    return similarity + anchors + (compatibility.compatible(a, b) ? bonus(a, b) : 0);
  }

  /**
   * The best counterpart of each claim of a block in each other source: a claim and another compared
   * as one fact only when each is the other's best in its source, so that a source telling two facts
   * of one kind ("Riva, 47, and Steinberg, 48") has each compared with its own.
   */
  private static final class Partners {
    private final Map<String, Integer> sources = new HashMap<>();
    private final int[] source;
    private final int[][] best;
    private final double[][] score;

    Partners(List<Claim> block) {
      source = new int[block.size()];
      for (int i = 0; i < block.size(); i++) {
        source[i] = sources.computeIfAbsent(block.get(i).source(), k -> sources.size());
      }
      best = new int[block.size()][sources.size()];
      score = new double[block.size()][sources.size()];
      for (int[] row : best) {
        java.util.Arrays.fill(row, -1);
      }
    }

    void offer(int i, int j, double fit) {
      take(i, j, fit);
      take(j, i, fit);
    }

    private void take(int i, int j, double fit) {
      int s = source[j];
      if (best[i][s] < 0 || fit > score[i][s]) {
        best[i][s] = j;
        score[i][s] = fit;
      }
    }

    boolean mutual(int i, int j) {
      return best[i][source[j]] == j && best[j][source[i]] == i;
    }

    /** The best counterpart of claim {@code i} in the source of claim {@code j}, or -1. */
    int best(int i, int j) {
      return best[i][source[j]];
    }
  }

  public List<ClaimGroup> align(List<Claim> claims) {
    Map<String, List<Claim>> blocks = blocks(claims);
    StoryIndex story = new StoryIndex(claims);
    List<ClaimGroup> out = new ArrayList<>();
    for (var e : blocks.entrySet()) {
      List<Claim> block = e.getValue();
      ValueType type = block.get(0).type();
      if (type == ValueType.PERSON || type == ValueType.ROLE) {
        out.add(new ClaimGroup(e.getKey(), type, block));
      } else {
        out.addAll(slots(e.getKey(), block, type, story));
      }
    }
    out.sort(Comparator.comparing(ClaimGroup::key).thenComparing(g -> g.claims().get(0).id()));
    return out;
  }

  /** The claims by block, blocks in key order. */
  private static Map<String, List<Claim>> blocks(List<Claim> claims) {
    Map<String, List<Claim>> blocks = new TreeMap<>();
    for (Claim c : claims) {
      blocks.computeIfAbsent(blockKey(c), k -> new ArrayList<>()).add(c);
    }
    return blocks;
  }

  /** The block of a claim: claims of different blocks never align. */
  static String blockKey(Claim c) {
    String mode = modeClass(c);
    return switch (c.type()) {
      case QUANTITY -> "quantity|" + ((Quantity) c.value()).unit() + "|" + mode;
      case RANK -> "rank|" + ((Rank) c.value()).kind()
          + (((Rank) c.value()).kind() == RankKind.STARS ? "" : "|" + ((Rank) c.value()).noun()) + "|" + mode;
      case TIME -> "time|" + (((TimeValue) c.value()).kind() == TimeKind.DURATION ? "duration" : "point") + "|" + mode;
      case PLACE -> "place|" + (c.predicate().equals("dateline") ? "dateline|" : "") + mode;
      case QUOTE -> "quote";
      case STATEMENT -> "statement|" + ((Statement) c.value()).predicate();
      case PERSON -> "person|" + ((Person) c.value()).key();
      case ROLE -> "role|" + ((Role) c.value()).role();
    };
  }

  /** Claims that are denied, requested or only possible are compared only with their like. */
  private static String modeClass(Claim c) {
    String mode = switch (c.modality()) {
      case REQUESTED -> "requested";
      case HYPOTHETICAL -> "hypothetical";
      default -> "factual";
    };
    return c.polarity() == Polarity.NEGATED ? mode + "-negated" : mode;
  }

  /**
   * The candidate pairs of a block with what is known of each: the likeness of their sentences, for
   * values whether they can be one fact ({@link SameFact}), and each claim's best counterpart in each
   * other source.
   */
  private final class Pairing {
    final List<Claim> block;
    final ValueType type;
    final List<int[]> pairs;
    final double[] similarity;
    final SameFact.Assessment[] assessed;
    final Partners partners;
    final Similarity sim;
    final double threshold;

    Pairing(List<Claim> block, ValueType type, StoryIndex story) {
      this.block = block;
      this.type = type;
      List<ContextVector> vectors = new ArrayList<>(block.size());
      for (Claim c : block) {
        vectors.add(ContextVector.of(c, SameFact.head(c), story.idf, settings.maxDistance(), settings.distanceDecay(),
            settings.headWeight()));
      }
      threshold = type == ValueType.STATEMENT ? settings.statementMinSimilarity()
          : type == ValueType.QUOTE ? settings.quoteMinOverlap() : settings.minSimilarity();
      sim = (i, j) -> type == ValueType.QUOTE
          ? quoteOverlap(((Quote) block.get(i).value()).words(), ((Quote) block.get(j).value()).words())
          : vectors.get(i).cosine(vectors.get(j));
      pairs = candidates(block, vectors);
      assessed = new SameFact.Assessment[pairs.size()];
      similarity = new double[pairs.size()];
      partners = new Partners(block);
      for (int k = 0; k < pairs.size(); k++) {
        int i = pairs.get(k)[0];
        int j = pairs.get(k)[1];
        Claim a = block.get(i);
        Claim b = block.get(j);
        similarity[k] = sim.of(i, j) + sameActor(a, b);
        if (values()) {
          assessed[k] = sameFact.assess(a, b, story, compatibility);
          if (!assessed[k].clash() && !a.source().equals(b.source())) {
            partners.offer(i, j, fit(a, b, similarity[k], assessed[k]));
          }
        }
      }
    }

    /** Values are compared as facts; statements and quotes by their words. */
    boolean values() {
      return type != ValueType.STATEMENT && type != ValueType.QUOTE;
    }
  }

  /**
   * For diagnosis: how the aligner sees two claims of a story (their blocks, the likeness of their
   * sentences, what {@link SameFact} finds, whether each is the other's best counterpart).
   */
  public String explain(List<Claim> claims, Claim a, Claim b) {
    String key = blockKey(a);
    if (!key.equals(blockKey(b))) {
      return "different blocks: " + key + " | " + blockKey(b);
    }
    List<Claim> block = blocks(claims).get(key);
    Pairing p = new Pairing(block, a.type(), new StoryIndex(claims));
    int i = block.indexOf(a);
    int j = block.indexOf(b);
    for (int k = 0; k < p.pairs.size(); k++) {
      int[] pair = p.pairs.get(k);
      if (pair[0] == Math.min(i, j) && pair[1] == Math.max(i, j)) {
        SameFact.Assessment f = p.assessed[k];
        return key + ": similarity " + Math.round(p.similarity[k] * 1000) / 1000.0
            + (f == null ? "" : ", clash " + f.clash() + ", strength " + Math.round(f.strength() * 100) / 100.0
            + ", anchors " + f.anchors()) + ", compatible " + compatibility.compatible(a, b) + ", mutual best "
            + p.partners.mutual(i, j) + " (best of a there: " + describe(p, i, j) + "; best of b there: "
            + describe(p, j, i) + ")";
      }
    }
    return key + ": not a candidate pair";
  }

  /**
   * For measurement: what the aligner knows of every candidate pair of claims of different sources
   * in one block: {@code sink} gets the two claims, the likeness of their sentences, what
   * {@link SameFact} finds, and whether each is the other's best counterpart.
   */
  public void pairs(List<Claim> claims, PairSink sink) {
    StoryIndex story = new StoryIndex(claims);
    for (List<Claim> block : blocks(claims).values()) {
      ValueType type = block.get(0).type();
      if (type == ValueType.PERSON || type == ValueType.ROLE) {
        continue;
      }
      Pairing p = new Pairing(block, type, story);
      for (int k = 0; k < p.pairs.size(); k++) {
        int i = p.pairs.get(k)[0];
        int j = p.pairs.get(k)[1];
        Claim a = block.get(i);
        Claim b = block.get(j);
        if (!a.source().equals(b.source())) {
          SameFact.Assessment f = p.assessed[k];
          sink.accept(a, b, p.similarity[k], f == null ? -1 : f.clash() ? -2 : f.strength(),
              f == null ? List.of() : f.clash() ? List.of("!" + f.clashReason()) : f.anchors(), p.partners.mutual(i, j),
              f == null ? "" : f.events().name());
        }
      }
    }
  }

  /** Receives the candidate pairs of {@link #pairs}; strength is -2 for two facts, -1 when not assessed. */
  public interface PairSink {
    void accept(Claim a, Claim b, double similarity, double strength, List<String> anchors, boolean mutual,
        String events);
  }

  private static String describe(Pairing p, int i, int j) {
    int best = p.partners.best(i, j);
    return best < 0 ? "none" : p.block.get(best).value().text() + " in \"" + p.block.get(best).evidence().text() + "\"";
  }

  private List<ClaimGroup> slots(String key, List<Claim> block, ValueType type, StoryIndex story) {
    int n = block.size();
    PersonIndex persons = story.persons;
    Pairing pairing = new Pairing(block, type, story);
    List<int[]> pairs = pairing.pairs;
    double[] similarity = pairing.similarity;
    SameFact.Assessment[] assessed = pairing.assessed;
    Similarity sim = pairing.sim;
    double threshold = pairing.threshold;
    boolean values = pairing.values();
    List<double[]> agreeing = new ArrayList<>();
    List<double[]> contradicting = new ArrayList<>();
    Map<String, java.util.Set<String>> sourcesOfValue = new HashMap<>();
    for (Claim c : block) {
      sourcesOfValue.computeIfAbsent(c.value().normalized(), v -> new java.util.TreeSet<>()).add(c.source());
    }
    for (int k = 0; k < pairs.size(); k++) {
      int i = pairs.get(k)[0];
      int j = pairs.get(k)[1];
      Claim a = block.get(i);
      Claim b = block.get(j);
      double s = similarity[k];
      boolean compatible = compatibility.compatible(a, b);
      SameFact.Assessment fact = assessed[k];
      if (compatible && !saySomethingElse(a, b) && (fact == null || !fact.clash())) {
        if (values && (s > 0 || terse(a) || terse(b))) {
          s += bonus(a, b); // equal values in full sentences with nothing else in common are a coincidence
        }
        if (s >= threshold) {
          agreeing.add(new double[] {s, i, j});
        }
      } else if (!compatible && a.source().equals(b.source())) {
        continue; // one source's two values that cannot both hold are two facts to it
      } else if (!compatible && values) {
        // values of different sources that cannot both hold: compared only as one fact, each the
        // other's best counterpart in its source
        boolean strong = s >= settings.strongSimilarity() && !fact.clash();
        boolean anchored = fact.anchored(settings.factMinStrength(), settings.otherEventsMinStrength())
            && s >= settings.factMinSimilarity() && !bare(a);
        if ((anchored || strong) && counterparts(pairing, i, j) && !toldApartElsewhere(a, b, sourcesOfValue)) {
          contradicting.add(new double[] {s, i, j, k});
        }
      } else if (!compatible && !SameFact.otherSubjects(a, b) && !SameFact.aboutOtherPeople(a, b, persons)
          && s >= threshold && (type == ValueType.QUOTE || sameStatement(a, b, s))) {
        contradicting.add(new double[] {s, i, j, k});
      }
    }
    // 1. consistent clusters: claims that agree, never two values that cannot both hold
    int[] cluster = new int[n];
    List<List<Integer>> members = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      cluster[i] = i;
      members.add(new ArrayList<>(List.of(i)));
    }
    for (double[] e : sorted(agreeing)) {
      int a = find(cluster, (int) e[1]);
      int b = find(cluster, (int) e[2]);
      if (a != b && consistent(block, members.get(a), members.get(b))) {
        cluster[b] = a;
        members.get(a).addAll(members.get(b));
        members.get(b).clear();
      }
    }
    // 2. slots: clusters joined by two claims that contradict each other and are alike by themselves;
    //    never two clusters of which one source gives both contradicting values in alike contexts
    int[] slot = new int[n];
    for (int i = 0; i < n; i++) {
      slot[i] = i;
    }
    Map<Long, List<Claim>[]> linked = new java.util.LinkedHashMap<>();
    Map<Long, List<Alignment>> basis = new HashMap<>();
    Map<Long, Boolean> shared = new HashMap<>(); // the clusters no longer change: once per pair of them
    for (double[] e : sorted(contradicting)) {
      int ca = find(cluster, (int) e[1]);
      int cb = find(cluster, (int) e[2]);
      if (ca == cb || shared.computeIfAbsent((long) Math.min(ca, cb) * n + Math.max(ca, cb),
          k -> sharesSource(block, members.get(ca), members.get(cb), sim, threshold))) {
        continue;
      }
      boolean ordered = ca < cb;
      @SuppressWarnings("unchecked")
      List<Claim>[] ends = linked.computeIfAbsent((long) Math.min(ca, cb) * n + Math.max(ca, cb),
          k -> new List[] {new ArrayList<>(), new ArrayList<>()});
      ends[0].add(block.get((int) (ordered ? e[1] : e[2])));
      ends[1].add(block.get((int) (ordered ? e[2] : e[1])));
      SameFact.Assessment fact = assessed[(int) e[3]];
      basis.computeIfAbsent((long) Math.min(ca, cb) * n + Math.max(ca, cb), k -> new ArrayList<>())
          .add(new Alignment(block.get((int) e[1]), block.get((int) e[2]), Math.round(e[0] * 1000) / 1000.0,
              fact == null ? List.of() : fact.anchors()));
      int a = find(slot, ca);
      int b = find(slot, cb);
      if (a != b) {
        slot[Math.max(a, b)] = Math.min(a, b);
      }
    }
    Map<Claim, Integer> position = new java.util.IdentityHashMap<>(n);
    for (int i = 0; i < n; i++) {
      position.put(block.get(i), i);
    }
    java.util.TreeMap<Integer, java.util.TreeMap<Integer, List<Claim>>> slots = new java.util.TreeMap<>();
    for (int i = 0; i < n; i++) {
      int c = find(cluster, i);
      slots.computeIfAbsent(find(slot, c), k -> new java.util.TreeMap<>())
          .computeIfAbsent(c, k -> new ArrayList<>()).add(block.get(i));
    }
    List<ClaimGroup> out = new ArrayList<>();
    for (var s : slots.values()) {
      List<Integer> ids = new ArrayList<>(s.keySet());
      List<List<Claim>> clusters = new ArrayList<>(s.values());
      List<Claim> claims = new ArrayList<>();
      clusters.forEach(claims::addAll);
      claims.sort(java.util.Comparator.comparingInt(position::get));
      List<ClaimGroup.Link> links = new ArrayList<>();
      for (var l : linked.entrySet()) {
        int a = ids.indexOf((int) (l.getKey() / n));
        int b = ids.indexOf((int) (l.getKey() % n));
        if (a >= 0 && b >= 0) {
          links.add(new ClaimGroup.Link(a, b, l.getValue()[0], l.getValue()[1],
              basis.getOrDefault(l.getKey(), List.of())));
        }
      }
      out.add(new ClaimGroup(key, type, claims, clusters, links));
    }
    return out;
  }

  /**
   * Some source gives, itself, two values of the clusters that cannot both hold, in alike but not
   * near-identical contexts: the two are different facts (two games, two meetings), not one fact
   * told two ways. (Clusters given in near-identical contexts may still be linked through other
   * sources; the conflict check then finds a source giving both and reports nothing.)
   */
  private boolean sharesSource(List<Claim> block, List<Integer> a, List<Integer> b, Similarity sim,
      double threshold) {
    for (int x : a) {
      for (int y : b) {
        Claim cx = block.get(x);
        Claim cy = block.get(y);
        if (cx.source().equals(cy.source()) && !compatibility.compatible(cx, cy)) {
          double similarity = sim.of(x, y);
          if (similarity >= threshold && similarity < settings.strongSimilarity()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static List<double[]> sorted(List<double[]> edges) {
    edges.sort((a, b) -> {
      int c = Double.compare(b[0], a[0]);
      if (c != 0) {
        return c;
      }
      c = Double.compare(a[1], b[1]);
      return c != 0 ? c : Double.compare(a[2], b[2]);
    });
    return edges;
  }

  /** Every claim of one cluster compatible with every claim of the other. */
  private boolean consistent(List<Claim> block, List<Integer> a, List<Integer> b) {
    for (int x : a) {
      for (int y : b) {
        if (!compatibility.compatible(block.get(x), block.get(y))) {
          return false;
        }
      }
    }
    return true;
  }

  private interface Similarity {
    double of(int i, int j);
  }

  /**
   * Times that can both hold but share nothing ("Wednesday" and "June", "2005" and "Sunday") are
   * likely different events: they neither agree nor contradict, so they do not cluster.
   */
  private static boolean saySomethingElse(Claim a, Claim b) {
    if (!(a.value() instanceof TimeValue x) || !(b.value() instanceof TimeValue y)) {
      return false;
    }
    if (x.normalized().equals(y.normalized())) {
      return false;
    }
    if (x.inferredFromWeekday() && y.coarse() || y.inferredFromWeekday() && x.coarse()) {
      return true; // "Thursday" and "2008": the year of the weekday's date was worked out, not written
    }
    boolean shared = x.year() != null && y.year() != null || x.month() != null && y.month() != null
        || x.day() != null && y.day() != null || weekdayOf(x) != null && weekdayOf(y) != null
        || x.kind() == TimeKind.DURATION && y.kind() == TimeKind.DURATION;
    return !shared;
  }

  private static java.time.DayOfWeek weekdayOf(TimeValue t) {
    if (t.weekday() != null) {
      return t.weekday();
    }
    if (t.year() != null && t.month() != null && t.day() != null) {
      try {
        return java.time.LocalDate.of(t.year(), t.month(), t.day()).getDayOfWeek();
      } catch (RuntimeException e) {
        return null;
      }
    }
    return null;
  }

  /**
   * How alike two quotes' words are: the lesser of the overlap of all their words and of their longer
   * words (more than three letters), so that two different quotes that share short words and a name
   * ("wholly inappropriate use of the Endangered Species Act", "absolute heart of the Endangered
   * Species Act") are not taken for one quote told two ways. Quotes of fewer than {@link #MIN_LONGER_WORDS} longer
   * words are compared by all their words: in "the embodiment of beauty" one changed word is half.
   */
  private static double quoteOverlap(List<String> a, List<String> b) {
    double all = QuoteMatcher.overlap(a, b);
    List<String> x = a.stream().filter(w -> w.length() > SHORT_WORD).toList();
    List<String> y = b.stream().filter(w -> w.length() > SHORT_WORD).toList();
    return Math.min(x.size(), y.size()) < MIN_LONGER_WORDS ? all : Math.min(all, QuoteMatcher.overlap(x, y));
  }

  /** Statements of one predicate about the same named or common subject ("LaCalamita was arrested"). */
  private double sameActor(Claim a, Claim b) {
    if (!(a.value() instanceof Statement x) || !(b.value() instanceof Statement y)) {
      return 0;
    }
    String subject = x.subject();
    return !subject.isEmpty() && !SameFact.isPronoun(subject) && subject.equals(y.subject()) ? settings.equalValueBonus() : 0;
  }

  /** Two claims are each other's best counterparts in their sources. */
  private static boolean counterparts(Pairing p, int i, int j) {
    return p.partners.mutual(i, j);
  }

  /**
   * A third source gives both values itself: to it they are two facts (two players' points, the
   * tolls of two quakes), so the two sources giving one each do not contradict each other.
   */
  private static boolean toldApartElsewhere(Claim a, Claim b, Map<String, java.util.Set<String>> sourcesOfValue) {
    java.util.Set<String> both = new java.util.TreeSet<>(sourcesOfValue.getOrDefault(a.value().normalized(), java.util.Set.of()));
    both.retainAll(sourcesOfValue.getOrDefault(b.value().normalized(), java.util.Set.of()));
    both.remove(a.source());
    both.remove(b.source());
    return !both.isEmpty();
  }

  /**
   * One statement asserted and denied: sentences alike enough ({@code strong_similarity}), a subject or
   * object in common that names something (not a pronoun), and neither said inside a quotation, where
   * "I don't think any charges will be filed" is a speaker's words, not the event.
   */
  private boolean sameStatement(Claim a, Claim b, double similarity) {
    Statement x = (Statement) a.value();
    Statement y = (Statement) b.value();
    boolean shared = named(x.subject()) && (x.subject().equals(y.subject()) || x.subject().equals(y.object()))
        || named(x.object()) && (x.object().equals(y.object()) || x.object().equals(y.subject()));
    return shared && similarity >= settings.strongSimilarity() && !quoted(a) && !quoted(b);
  }

  /** A statement's subject or object that names something: not empty, not a pronoun. */
  private static boolean named(String argument) {
    // statement arguments are stems (Terms): "they" is "thei"; the other pronouns stem to themselves
    return !argument.isEmpty() && !SameFact.isPronoun(argument) && !argument.equals("thei");
  }

  /** The claim's words stand inside quotation marks in its sentence. */
  private static boolean quoted(Claim c) {
    String text = c.evidence().text();
    int at = Math.max(0, Math.min(text.length(), c.valueStart() - c.evidence().start()));
    int marks = 0;
    for (int i = 0; i < at; i++) {
      char ch = text.charAt(i);
      if (ch == '"' || ch == '\u201c' || ch == '\u201d') {
        marks++;
      }
    }
    return marks % 2 == 1;
  }

  /** A number that counts nothing named ("54", "12"): it says too little of what it is to contradict another by itself. */
  private static boolean bare(Claim c) {
    return c.value() instanceof Quantity q && q.unit().isEmpty();
  }

  /** A sentence with next to nothing around its value ("She was 85."): its value speaks for it. */
  private static boolean terse(Claim c) {
    return c.context().size() < TERSE_CONTEXT;
  }

  /** Equal values are strong evidence of one slot; overlapping quantities weaker evidence. */
  private double bonus(Claim a, Claim b) {
    if (a.value().normalized().equals(b.value().normalized())) {
      return settings.equalValueBonus();
    }
    if (a.type() == ValueType.QUANTITY && compatibility.compatible(a, b)) {
      return settings.agreementBonus();
    }
    return 0;
  }

  /** Pairs of claims of different sources worth comparing: all pairs in small blocks, else those sharing a rare word. */
  /**
   * The words a claim is found by in a large block: a quote by its own words (quotes are aligned by
   * the words they share), any other claim by the heaviest terms of its context.
   */
  private java.util.Collection<String> indexTerms(Claim c, ContextVector vector) {
    if (c.value() instanceof Quote q) {
      java.util.Set<String> words = new java.util.TreeSet<>(q.words());
      words.remove(Quote.GAP);
      return words;
    }
    return vector.topTerms(settings.candidateTerms());
  }

  private List<int[]> candidates(List<Claim> block, List<ContextVector> vectors) {
    int n = block.size();
    List<int[]> out = new ArrayList<>();
    if (n <= ALL_PAIRS_LIMIT) {
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (linkable(block.get(i), block.get(j))) {
            out.add(new int[] {i, j});
          }
        }
      }
      return out;
    }
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String t : indexTerms(block.get(i), vectors.get(i))) {
        postings.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
      }
    }
    java.util.Set<Long> seen = new java.util.HashSet<>();
    List<String> terms = new ArrayList<>(postings.keySet());
    terms.sort(null);
    for (String t : terms) {
      List<Integer> list = postings.get(t);
      if (list.size() > settings.maxPostings()) {
        continue;
      }
      for (int x = 0; x < list.size(); x++) {
        for (int y = x + 1; y < list.size(); y++) {
          int i = list.get(x);
          int j = list.get(y);
          if (!linkable(block.get(i), block.get(j))) {
            continue;
          }
          if (seen.add((long) i * n + j)) {
            out.add(new int[] {i, j});
          }
        }
      }
    }
    out.sort((p, q) -> p[0] != q[0] ? Integer.compare(p[0], q[0]) : Integer.compare(p[1], q[1]));
    return out;
  }

  /**
   * Claims of different sources, or of one source (a fact told twice, with the same value or, a
   * self-contradiction, another), statements and quotes aside.
   */
  private static boolean linkable(Claim a, Claim b) {
    return !a.source().equals(b.source()) || a.type() != ValueType.STATEMENT && a.type() != ValueType.QUOTE;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
