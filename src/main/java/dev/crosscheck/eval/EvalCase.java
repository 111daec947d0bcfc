package dev.crosscheck.eval;

import java.util.List;
import java.util.Objects;

/**
 * One labelled case of an evaluation suite: a story, one source of it, and an edit of that source
 * (replace {@code find}, which occurs exactly once, with {@code replace}). A {@code planted} edit
 * contradicts the other sources and must be reported as a conflict; a {@code compatible} edit must
 * not be. {@code mark} is the changed text inside {@code replace}; {@code others} are the sources that
 * state the original fact, {@code othersSay} their sentences that state it, and {@code wording} tells
 * whether those sentences say it in other words than the edited one ({@link Wording}).
 */
public record EvalCase(String name, String story, boolean planted, String type, String source, String find,
    String replace, String mark, List<String> others, List<String> othersSay, Wording wording, String file) {
  /** How the other sources word the fact the case edits. */
  public enum Wording {
    /** Every sentence of {@code others_say} words the fact otherwise than the edited sentence. */
    PARAPHRASED,
    /** Some other source has the edited sentence's wording (a wire copy, say). */
    COPIED,
    /** The case does not list the others' sentences. */
    UNKNOWN;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public EvalCase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(wording, "wording");
    others = List.copyOf(others);
    othersSay = List.copyOf(othersSay);
    if (!replace.contains(mark)) {
      throw new IllegalArgumentException("case " + name + ": mark '" + mark + "' is not in replace");
    }
  }

  public String kind() {
    return planted ? "planted" : "compatible";
  }
}
