package dev.crosscheck.eval;

import java.util.List;
import java.util.Objects;

/**
 * One labelled case of an evaluation suite: a story, one source of it, and an edit of that source
 * (replace {@code find}, which occurs exactly once, with {@code replace}). A {@code planted} edit
 * contradicts the other sources and must be reported as a conflict; a {@code compatible} edit must
 * not be. {@code mark} is the changed text inside {@code replace}.
 */
public record EvalCase(String name, String story, boolean planted, String type, String source, String find,
    String replace, String mark, List<String> others, String file) {
  public EvalCase {
    Objects.requireNonNull(name, "name");
    others = List.copyOf(others);
    if (!replace.contains(mark)) {
      throw new IllegalArgumentException("case " + name + ": mark '" + mark + "' is not in replace");
    }
  }

  public String kind() {
    return planted ? "planted" : "compatible";
  }
}
