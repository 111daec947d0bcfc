package dev.crosscheck.rules.checks;

import dev.crosscheck.align.ClaimGroup;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Hedge;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.Place;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.TimeKind;
import dev.crosscheck.model.TimeValue;
import dev.crosscheck.model.ValueType;
import dev.crosscheck.rules.Check;
import dev.crosscheck.rules.FindingBuilder;
import dev.crosscheck.rules.Param;
import dev.crosscheck.rules.Rule;
import dev.crosscheck.rules.StoryClaims;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A salient detail some sources report and others leave out, with its salience (see
 * {@link Salience}); details below {@code min_salience}, and those never an omission on their own
 * ({@link #trivialAlone}), or mostly so ({@link #mostlyTrivial}), are not listed.
 */
public final class Omission implements Check {
  @Override
  public String name() {
    return "omission";
  }

  @Override
  public Kind kind() {
    return Kind.OMISSION;
  }

  @Override
  public Set<ValueType> types() {
    return Set.of(ValueType.QUANTITY, ValueType.TIME, ValueType.PLACE, ValueType.RANK, ValueType.QUOTE,
        ValueType.PERSON);
  }

  @Override
  public List<Param> parameters() {
    List<Param> out = new ArrayList<>();
    out.add(Param.number("min_salience", 0, 1));
    out.add(Param.number("contrast_boost", 1, 10));
    out.add(Param.list("contrast_cues"));
    for (ValueType t : types()) {
      out.add(Param.number("weight_" + t.label(), 0, 1));
    }
    return out;
  }

  @Override
  public List<Finding> run(Rule rule, StoryClaims story) {
    List<Finding> out = new ArrayList<>();
    if (story.sources().size() < 2) {
      return out;
    }
    double min = rule.number("min_salience", 0.2);
    EventDates dates = EventDates.of(story);
    SaidElsewhere elsewhere = new SaidElsewhere(story);
    Map<Set<String>, Finding> byDetail = new LinkedHashMap<>();
    for (ClaimGroup g : story.groups(rule)) {
      if (g.sources().size() >= story.sources().size() || mostlyTrivial(g.claims())) {
        continue;
      }
      double salience = Salience.of(rule, g.claims(), g.sources().size(), story.sources().size());
      if (salience < min) {
        continue;
      }
      List<Claim> claims = withOtherWords(g.claims(), story, elsewhere);
      List<String> reporting = claims.stream().map(Claim::source).distinct().toList();
      if (reporting.size() >= story.sources().size()) {
        continue; // every source gives it, some in other words
      }
      FindingBuilder b = new FindingBuilder(rule, story).salience(salience)
          .notYetReported(publishedBefore(story, reporting, dates.earliest(g.claims())));
      Agreement.byValue(claims).forEach(b::value);
      Finding f = b.build();
      // the same detail reached from another group (a later mention, the rest found in other words): shown
      // once, with the salience of its best group
      byDetail.merge(shown(f), f, (x, y) -> y.salience() > x.salience() ? y : x);
    }
    out.addAll(byDetail.values());
    return out;
  }

  /** What a reader sees of an omission: its values as written and its evidence sentences. */
  private static Set<String> shown(Finding f) {
    Set<String> out = new HashSet<>();
    f.values().forEach(v -> out.add("value " + v.text()));
    f.evidence().forEach(e -> out.add("sentence " + e.source() + ':' + e.start() + '-' + e.end()));
    return out;
  }

  /** The detail's claims and, for each source that seems to leave it out, where it gives it in other words. */
  private static List<Claim> withOtherWords(List<Claim> detail, StoryClaims story, SaidElsewhere elsewhere) {
    List<String> reporting = detail.stream().map(Claim::source).distinct().toList();
    List<Claim> out = new ArrayList<>(detail);
    out.addAll(elsewhere.in(story.omitting(reporting), detail).values());
    return out;
  }

  /** The omitting sources published before the day of the event: they could not have reported it yet. */
  private static List<String> publishedBefore(StoryClaims story, List<String> reporting, java.time.LocalDate event) {
    if (event == null) {
      return List.of();
    }
    return story.sources().stream().filter(s -> !reporting.contains(s) && story.published().containsKey(s)
        && story.published().get(s).isBefore(event)).toList();
  }

  /**
   * Most of a detail's claims are {@link #trivialAlone}: "Saturday" in eight sources and "July 24" in one
   * is the day of an event, not an omission by itself.
   */
  static boolean mostlyTrivial(List<Claim> claims) {
    return claims.stream().filter(Omission::trivialAlone).count() * 2 > claims.size();
  }

  /**
   * A detail that is never an omission on its own: a bare weekday or day word ("Sunday", "today",
   * "last week"), a dateline, a vague amount ("dozens", "thousands", "more than a dozen"). When the
   * event is missing, the event is the omission and its day part of it.
   */
  static boolean trivialAlone(Claim c) {
    boolean digits = c.value().text().chars().anyMatch(Character::isDigit);
    if (c.value() instanceof TimeValue t) {
      return !digits && (t.kind() == TimeKind.WEEKDAY || t.kind() == TimeKind.RELATIVE || t.kind() == TimeKind.DATE);
    }
    if (c.value() instanceof Place) {
      return c.predicate().equals("dateline");
    }
    if (c.value() instanceof Quantity q) {
      return !digits && (q.hedge() == Hedge.AT_LEAST || q.hedge() == Hedge.MORE_THAN);
    }
    return false;
  }
}
