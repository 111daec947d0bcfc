package dev.crosscheck.rules;

import dev.crosscheck.align.Compatibility;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingValue;
import dev.crosscheck.model.Person;
import dev.crosscheck.model.Place;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.Rank;
import dev.crosscheck.model.Role;
import dev.crosscheck.model.TimeValue;
import dev.crosscheck.rules.checks.Misquote;
import dev.crosscheck.rules.checks.PlaceMismatch;
import dev.crosscheck.rules.checks.QuantityMismatch;
import dev.crosscheck.rules.checks.TimeMismatch;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Applies the catalog to a story's aligned claims and orders the findings: conflicts, then
 * omissions (most salient first), then agreements. Each finding's id is derived from its story, rule,
 * topic and values, so it stays the same from run to run and can be kept in a baseline.
 */
public final class RuleEngine {
  private final RuleCatalog catalog;
  private final Compatibility compatibility;

  public RuleEngine(RuleCatalog catalog) {
    this.catalog = catalog;
    this.compatibility = buildCompatibility();
  }

  public RuleCatalog catalog() {
    return catalog;
  }

  /** Whether two claims can both be true, by the tolerances of the catalog's conflict rules. */
  public Compatibility compatibility() {
    return compatibility;
  }

  public List<Finding> apply(StoryClaims story) {
    List<Finding> all = new ArrayList<>();
    for (Rule rule : catalog.rules()) {
      all.addAll(Checks.named(rule.check()).run(rule, story));
    }
    all = OneFindingPerFact.apply(all);
    all.sort(ORDER);
    all = ReadingOrder.of(all);
    Map<String, Integer> used = new HashMap<>();
    List<Finding> out = new ArrayList<>(all.size());
    for (Finding f : all) {
      String id = id(f);
      int n = used.merge(id, 1, Integer::sum);
      out.add(f.withId(n == 1 ? id : id + "-" + n));
    }
    return out;
  }

  static final Comparator<Finding> ORDER = Comparator
      .comparing(Finding::kind)
      .thenComparing(Finding::severity)
      .thenComparing(Comparator.comparingDouble(Finding::salience).reversed())
      .thenComparing(Finding::topic)
      .thenComparing(Finding::rule)
      .thenComparing(f -> firstEvidence(f).source())
      .thenComparingInt(f -> firstEvidence(f).start());

  private static Evidence firstEvidence(Finding f) {
    return f.evidence().get(0);
  }

  static String id(Finding f) {
    // not the topic, whose words a new source of the slot can change, nor the values' order, which
    // follows the order of the sources
    StringBuilder key = new StringBuilder();
    key.append(f.story()).append('\u0000').append(f.rule());
    f.values().stream().map(FindingValue::normalized).sorted().forEach(v -> key.append('\u0000').append(v));
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
      return "F" + HexFormat.of().formatHex(hash, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Compatibility buildCompatibility() {
    Rule quantity = first("quantity-mismatch");
    Rule time = first("time-mismatch");
    Rule place = first("place-mismatch");
    return (a, b) -> {
      if (a.type() != b.type()) {
        return false;
      }
      return switch (a.type()) {
        case QUANTITY -> QuantityMismatch.overlap((Quantity) a.value(), (Quantity) b.value(),
            number(quantity, "about_tolerance", 0.1), number(quantity, "nearly_tolerance", 0.1),
            number(quantity, "exact_tolerance", 0));
        case TIME -> TimeMismatch.compatible((TimeValue) a.value(), (TimeValue) b.value(),
            number(time, "duration_tolerance", 0));
        case PLACE -> PlaceMismatch.compatible((Place) a.value(), (Place) b.value(),
            place != null && place.text("unknown_places", "conflict").equals("ignore"));
        case RANK -> ((Rank) a.value()).kind() != ((Rank) b.value()).kind()
            || ((Rank) a.value()).position() == ((Rank) b.value()).position();
        case QUOTE -> Misquote.sameWords(a, b);
        case PERSON -> ((Person) a.value()).key().equals(((Person) b.value()).key());
        case ROLE -> ((Role) a.value()).holderKey().equals(((Role) b.value()).holderKey());
        case STATEMENT -> a.polarity() == b.polarity();
      };
    };
  }

  private Rule first(String check) {
    for (Rule r : catalog.rules()) {
      if (r.check().equals(check)) {
        return r;
      }
    }
    return null;
  }

  private static double number(Rule rule, String parameter, double fallback) {
    return rule == null ? fallback : rule.number(parameter, fallback);
  }
}
