package dev.crosscheck.ingest;

/**
 * Where to end an article cut at {@code max_article_bytes}: after its last complete paragraph or
 * line, else after its last complete sentence, so that the text kept ends as text does. A boundary
 * is looked for in the second half of the text only; without one the text is kept whole.
 */
final class ArticleCut {
  private ArticleCut() {}

  /** The first {@code max} characters of {@code text} or fewer, up to a boundary. */
  static String cut(String text, int max) {
    String kept = text.substring(0, max);
    if (Character.isHighSurrogate(kept.charAt(kept.length() - 1))) {
      kept = kept.substring(0, kept.length() - 1);
    }
    return kept.substring(0, end(kept));
  }

  /** The length to keep of {@code text}, which was cut at its end. */
  static int end(String text) {
    int half = text.length() / 2;
    for (int i = text.length() - 1; i >= half; i--) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    for (int i = text.length() - 2; i >= half; i--) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
        return i + 1;
      }
    }
    return text.length();
  }
}
