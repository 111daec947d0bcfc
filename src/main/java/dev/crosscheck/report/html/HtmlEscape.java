package dev.crosscheck.report.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * HTML escaping of text, character for character what mustache.java's {@code HtmlEscaper} writes
 * ({@code & < > " ' = `} as entities, control characters 0 to 13 as numeric references), but
 * writing unescaped runs at once instead of character by character. {@code HtmlEscapeTest}
 * compares the two on every UTF-16 character.
 */
public final class HtmlEscape {
  private static final String[] REPLACEMENTS = new String[97];

  static {
    for (int c = 0; c <= 13; c++) {
      REPLACEMENTS[c] = "&#" + c + ";";
    }
    REPLACEMENTS['"'] = "&quot;";
    REPLACEMENTS['&'] = "&amp;";
    REPLACEMENTS['\''] = "&#39;";
    REPLACEMENTS['<'] = "&lt;";
    REPLACEMENTS['='] = "&#61;";
    REPLACEMENTS['>'] = "&gt;";
    REPLACEMENTS['`'] = "&#96;";
  }

  private HtmlEscape() {}

  public static void escape(String text, Writer out) {
    try {
      int run = 0;
      int n = text.length();
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        String replacement = c < REPLACEMENTS.length ? REPLACEMENTS[c] : null;
        if (replacement != null) {
          if (i > run) {
            out.write(text, run, i - run);
          }
          out.write(replacement);
          run = i + 1;
        }
      }
      if (n > run) {
        out.write(text, run, n - run);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
