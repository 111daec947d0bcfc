package dev.crosscheck.report.html;

import dev.crosscheck.model.StoryGrouping;
import java.util.Locale;

/** How a story was grouped, as the HTML report says it under the story's title. */
final class GroupingText {
  private GroupingText() {}

  static String of(StoryGrouping g) {
    if (g == null) {
      return "";
    }
    return switch (g.by()) {
      case "field" -> "Grouped by the articles' story field.";
      case "file" -> "Grouped by file: the articles of this file have no story field.";
      case "auto" -> String.format(Locale.ROOT, "Grouped automatically by content: %s (cohesion %.2f).",
          String.join(", ", g.terms()), g.cohesion());
      default -> "Grouped by " + g.by() + ".";
    };
  }
}
