package dev.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.TestCorpus;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.StoryReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A distance is measured from the place named after it: two distances from places of other names are
 * two facts, not a conflict; two from one place are.
 */
class DistancesFromOtherPlacesTest {
  private static List<Finding> distanceConflicts(StoryReport r) {
    return r.findings().stream().filter(f -> f.kind() == Kind.CONFLICT && f.rule().equals("CC101")).toList();
  }

  private static StoryReport quake(String secondDistance) {
    return TestCorpus.check(TestCorpus.sources(
        "The earthquake was centered 13 miles east of Cloverdale, the Geological Survey said on Sunday.\n",
        "The earthquake was centered " + secondDistance + ", the Geological Survey said on Sunday.\n"));
  }

  @Test
  void distancesFromOnePlaceConflict() {
    List<Finding> conflicts = distanceConflicts(quake("19 miles east of Cloverdale"));
    assertThat(conflicts).hasSize(1);
    assertThat(conflicts.get(0).topic()).as("named as a distance, not a count of miles").startsWith("the distance");
  }

  @Test
  void distancesFromPlacesOfOtherNamesAreTwoFacts() {
    assertThat(distanceConflicts(quake("2 miles southeast of The Geysers"))).isEmpty();
    assertThat(distanceConflicts(quake("30 kilometers (19 miles) from Santa Rosa"))).isEmpty();
  }
}
