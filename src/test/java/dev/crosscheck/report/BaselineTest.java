package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingValue;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.Severity;
import dev.crosscheck.model.StoryReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  @TempDir
  Path tmp;

  private static Finding finding(String id, Kind kind) {
    return new Finding(id, "s", "CC101", kind, Severity.ERROR, "figure of troops", "Sources differ on " + id + ".",
        List.of(new FindingValue("30", "30 troop", List.of("a"))), List.of("a", "b"), List.of(),
        List.of(new Evidence("a", "Thirty troops.", 0, 14)), 0);
  }

  private static Report report(Finding... findings) {
    return new Report("c", "0.1.0",
        List.of(new StoryReport("s", List.of(), List.of(findings), "", List.of(), List.of())), List.of());
  }

  @Test
  void fingerprintsDropTheSuffixOfRepeatedIds() {
    assertThat(Baseline.fingerprint(finding("F0123456789ab-2", Kind.CONFLICT))).isEqualTo("F0123456789ab");
    assertThat(Baseline.fingerprint(finding("F0123456789ab", Kind.CONFLICT))).isEqualTo("F0123456789ab");
  }

  @Test
  void writtenBaselinesReadBackAndAcceptTheSameFindings() throws IOException {
    Report r = report(finding("F0123456789ab", Kind.CONFLICT), finding("F0123456789ab-2", Kind.CONFLICT),
        finding("Faaaaaaaaaaaa", Kind.OMISSION), finding("Fbbbbbbbbbbbb", Kind.AGREEMENT));
    Path file = tmp.resolve("b.json");
    Files.writeString(file, Baseline.write(r, "crosscheck test"));
    String text = Files.readString(file);
    assertThat(text).contains("\"version\" : 1").contains("\"count\" : 2").contains("Sources differ on")
        .doesNotContain("Fbbbbbbbbbbbb");
    Baseline b = Baseline.read(file);
    assertThat(b.counts()).containsEntry("F0123456789ab", 2).containsEntry("Faaaaaaaaaaaa", 1).hasSize(2);
    Baseline.Comparison same = b.compare(r);
    assertThat(same.newCount()).isZero();
    assertThat(same.knownCount()).isEqualTo(3);
    assertThat(same.goneCount()).isZero();
  }

  @Test
  void onlyFindingsBeyondTheBaselineAreNew() throws IOException {
    Path file = tmp.resolve("b.json");
    Files.writeString(file, "{\"version\": 1, \"findings\": [{\"fingerprint\": \"F0123456789ab\", "
        + "\"description\": \"x\"}, {\"fingerprint\": \"Fcccccccccccc\", \"count\": 3}]}");
    Finding first = finding("F0123456789ab", Kind.CONFLICT);
    Finding second = finding("F0123456789ab-2", Kind.CONFLICT);
    Finding other = finding("Fdddddddddddd", Kind.OMISSION);
    Baseline.Comparison c = Baseline.read(file).compare(report(first, second, other));
    assertThat(c.isNew(first)).isFalse();
    assertThat(c.isNew(second)).isTrue();
    assertThat(c.isNew(other)).isTrue();
    assertThat(c.newCount()).isEqualTo(2);
    assertThat(c.knownCount()).isEqualTo(1);
    assertThat(c.goneCount()).isEqualTo(3);
  }

  @Test
  void badBaselinesNameTheFileAndTheProblem() throws IOException {
    assertThatThrownBy(() -> Baseline.read(tmp.resolve("missing.json"))).isInstanceOf(BaselineException.class)
        .hasMessage("cannot read baseline " + tmp.resolve("missing.json") + ": no such file");
    String[][] cases = {
        {"{", "not valid JSON"},
        {"[]", "not a JSON object"},
        {"{\"findings\": []}", "no \"version\" number"},
        {"{\"version\": 2, \"findings\": []}", "version 2 is not supported"},
        {"{\"version\": 1}", "no \"findings\" array"},
        {"{\"version\": 1, \"findings\": [{\"fingerprint\": \"x\"}]}", "findings[0] has no fingerprint"},
        {"{\"version\": 1, \"findings\": [{\"fingerprint\": \"F0123456789ab\", \"count\": 0}]}", "count must be"},
        {"{\"version\": 1, \"findings\": [{\"fingerprint\": \"F0123456789ab\"}, {\"fingerprint\": \"F0123456789ab\"}]}",
            "listed twice"},
    };
    for (String[] c : cases) {
      Path file = tmp.resolve("bad.json");
      Files.writeString(file, c[0]);
      assertThatThrownBy(() -> Baseline.read(file)).as(c[0]).isInstanceOf(BaselineException.class)
          .hasMessageStartingWith("baseline " + file + " is not a crosscheck baseline: ").hasMessageContaining(c[1]);
    }
    Path binary = tmp.resolve("bin.json");
    Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0});
    assertThatThrownBy(() -> Baseline.read(binary)).hasMessageContaining("not UTF-8");
  }
}
