package dev.crosscheck.rules;

import dev.crosscheck.rules.checks.Agreement;
import dev.crosscheck.rules.checks.Misquote;
import dev.crosscheck.rules.checks.ModalityShift;
import dev.crosscheck.rules.checks.NameSpelling;
import dev.crosscheck.rules.checks.Omission;
import dev.crosscheck.rules.checks.PlaceMismatch;
import dev.crosscheck.rules.checks.PolarityConflict;
import dev.crosscheck.rules.checks.QuantityMismatch;
import dev.crosscheck.rules.checks.QuoteSpeaker;
import dev.crosscheck.rules.checks.RankMismatch;
import dev.crosscheck.rules.checks.RoleHolder;
import dev.crosscheck.rules.checks.TimeMismatch;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The checks a catalog rule can name, by name. */
public final class Checks {
  private static final Map<String, Check> BY_NAME = new TreeMap<>();

  static {
    for (Check c : List.of(new QuantityMismatch(), new TimeMismatch(), new PlaceMismatch(), new RankMismatch(),
        new Misquote(), new QuoteSpeaker(), new PolarityConflict(), new NameSpelling(), new RoleHolder(),
        new ModalityShift(), new Omission(), new Agreement())) {
      BY_NAME.put(c.name(), c);
    }
  }

  private Checks() {}

  public static Check named(String name) {
    return BY_NAME.get(name);
  }

  public static java.util.Set<String> names() {
    return BY_NAME.keySet();
  }
}
