package dev.crosscheck.model;

import java.util.List;
import java.util.Objects;

/**
 * Quoted words and who said them. {@code words} are the quote's words in lower case without
 * punctuation and in American spelling, to compare quotes, with {@link #GAP} where an ellipsis cuts
 * words out; {@code speaker} is the speaker as written and {@code speakerKey}
 * the person's key (see {@link Person}), both empty when the speaker is not known.
 */
public record Quote(String text, List<String> words, String speaker, String speakerKey) implements Value {
  /** Stands in {@code words} where the quote leaves words out ("...", "[...]"). */
  public static final String GAP = "…";

  public Quote {
    Objects.requireNonNull(text, "text");
    words = List.copyOf(words);
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerKey, "speakerKey");
  }

  @Override
  public ValueType type() {
    return ValueType.QUOTE;
  }

  @Override
  public String normalized() {
    return String.join(" ", words);
  }
}
