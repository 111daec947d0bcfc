package dev.crosscheck.extract;

import dev.crosscheck.TestCorpus;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ValueType;
import java.util.List;

/** Claims of one type read from a short text, for extractor tests. */
final class Found {
  private Found() {}

  static List<Claim> of(ValueType type, String text) {
    return TestCorpus.claims(text).stream().filter(c -> c.type() == type).toList();
  }

  static List<String> normalized(ValueType type, String text) {
    return of(type, text).stream().map(c -> c.value().normalized()).toList();
  }

  static Claim only(ValueType type, String text) {
    List<Claim> claims = of(type, text);
    if (claims.size() != 1) {
      throw new AssertionError("expected one " + type + " claim in '" + text + "', got "
          + claims.stream().map(c -> c.value().text()).toList());
    }
    return claims.get(0);
  }
}
