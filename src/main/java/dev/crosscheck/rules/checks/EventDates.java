package dev.crosscheck.rules.checks;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Modality;
import dev.crosscheck.model.TimeKind;
import dev.crosscheck.model.TimeValue;
import dev.crosscheck.rules.StoryClaims;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The days of past events a story's sentences give (a full date: "July 28, 2024", or "Sunday" in an
 * article whose publication date makes it one; not planned ones, which a source can report before
 * they happen), by source and sentence.
 */
final class EventDates {
  private final Map<String, LocalDate> earliestBySentence;

  private EventDates(Map<String, LocalDate> earliestBySentence) {
    this.earliestBySentence = earliestBySentence;
  }

  static EventDates of(StoryClaims story) {
    Map<String, LocalDate> out = new HashMap<>();
    for (Claim c : story.claims()) {
      LocalDate d = date(c);
      if (d != null) {
        out.merge(c.source() + ":" + c.sentence(), d, (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    return new EventDates(out);
  }

  /** The earliest date the claims' sentences give, or null. */
  LocalDate earliest(List<Claim> claims) {
    LocalDate best = null;
    for (Claim c : claims) {
      LocalDate d = earliestBySentence.get(c.source() + ":" + c.sentence());
      if (d != null && (best == null || d.isBefore(best))) {
        best = d;
      }
    }
    return best;
  }

  private static LocalDate date(Claim c) {
    if (!(c.value() instanceof TimeValue t) || t.kind() != TimeKind.DATE || c.modality() != Modality.HAPPENED
        || t.year() == null || t.month() == null || t.day() == null) {
      return null;
    }
    try {
      return LocalDate.of(t.year(), t.month(), t.day());
    } catch (DateTimeException e) {
      return null;
    }
  }
}
