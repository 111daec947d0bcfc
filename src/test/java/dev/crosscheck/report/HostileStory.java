package dev.crosscheck.report;

import dev.crosscheck.TestCorpus;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.StoryReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test fixture: a story whose articles carry markup and script, in their text, title, outlet, URL and file name. */
final class HostileStory {
  static final String HOSTILE = """
      ---
      title: Flood <script>alert(5)</script> report
      outlet: Daily <b onmouseover="alert(6)">Bold</b>
      url: javascript:alert(4)
      ---
      Officials said 40 people were hurt in the flood in Springfield on Monday <script>alert(1)</script>.

      Rescuers posted 12 photos <img src=x onerror=alert(2)> of the river and a link <a href="javascript:alert(3)">x</a> to the appeal.

      "We will rebuild the bridge within a year," Mayor Ann Smith said.

      Witnesses <svg onload="window.crosscheckProbe=1"> saw the water rise.
      """;

  static final String PLAIN = """
      ---
      title: Springfield flood
      url: https://example.org/flood?a=1&b=2
      ---
      Officials said 45 people were hurt in the flood in Springfield on Monday.

      "We will rebuild the bridge within a year," Mayor Ann Smith said on Tuesday.
      """;

  /** The hostile article's source id (its file name): markup too. */
  static final String HOSTILE_ID = "hostile\"><i onmouseover=alert(7)>x";

  private HostileStory() {}

  static Report report() {
    Map<String, String> articles = new LinkedHashMap<>();
    articles.put(HOSTILE_ID, HOSTILE);
    articles.put("plain", PLAIN);
    StoryReport story = TestCorpus.check(articles);
    return new Report("hostile", "test", List.of(story), story.errors());
  }
}
