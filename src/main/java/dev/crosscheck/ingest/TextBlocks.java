package dev.crosscheck.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits plain text into paragraph blocks: each non-blank line is a paragraph, except that the
 * lines of a hard-wrapped paragraph (a run of lines broken mid-sentence) are joined with a space.
 */
final class TextBlocks {
  private static final int MIN_WRAPPED_LINES = 3;

  private TextBlocks() {}

  /** Blocks of {@code text[from, to)}; offsets in the blocks are into {@code text}. */
  static List<Block> split(String text, int from, int to) {
    List<int[]> lines = lines(text, from, to);
    List<Block> blocks = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      if (lines.get(i) == null) {
        i++;
        continue;
      }
      int j = i;
      while (j < lines.size() && lines.get(j) != null) {
        j++;
      }
      List<int[]> run = lines.subList(i, j);
      if (isHardWrapped(text, run)) {
        addJoined(text, run, blocks);
      } else {
        for (int[] line : run) {
          blocks.add(Block.verbatim(text, line[0], line[1]));
        }
      }
      i = j;
    }
    return blocks;
  }

  /** Trimmed [start, end) of each line, or null for a blank line. */
  private static List<int[]> lines(String text, int from, int to) {
    List<int[]> lines = new ArrayList<>();
    int start = from;
    while (start <= to) {
      int end = start;
      while (end < to && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      int s = start;
      int e = end;
      while (s < e && isSpace(text.charAt(s))) {
        s++;
      }
      while (e > s && isSpace(text.charAt(e - 1))) {
        e--;
      }
      lines.add(s < e ? new int[] {s, e} : null);
      if (end >= to) {
        break;
      }
      start = end + (text.charAt(end) == '\r' && end + 1 < to && text.charAt(end + 1) == '\n' ? 2 : 1);
    }
    return lines;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF';
  }

  /**
   * A run of at least three lines, each but the last of similar length (within 60% of the longest,
   * which is at most 100 characters), most of them not ending a sentence: text wrapped at a width.
   */
  private static boolean isHardWrapped(String text, List<int[]> run) {
    if (run.size() < MIN_WRAPPED_LINES) {
      return false;
    }
    int max = 0;
    for (int[] line : run) {
      max = Math.max(max, line[1] - line[0]);
    }
    if (max > 100 || max < 40) {
      return false;
    }
    int open = 0;
    for (int k = 0; k < run.size() - 1; k++) {
      int[] line = run.get(k);
      if (line[1] - line[0] < 0.6 * max) {
        return false;
      }
      if (!endsSentence(text.charAt(line[1] - 1))) {
        open++;
      }
    }
    return open * 2 >= run.size() - 1;
  }

  private static boolean endsSentence(char c) {
    return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\u201D' || c == '\'';
  }

  private static void addJoined(String text, List<int[]> run, List<Block> blocks) {
    StringBuilder sb = new StringBuilder();
    List<Block.Piece> pieces = new ArrayList<>();
    int[] previous = null;
    for (int[] line : run) {
      if (previous != null) {
        sb.append(' ');
        pieces.add(new Block.Piece(1, previous[1], line[0] - previous[1]));
      }
      sb.append(text, line[0], line[1]);
      pieces.add(new Block.Piece(line[1] - line[0], line[0], line[1] - line[0]));
      previous = line;
    }
    blocks.add(new Block(sb.toString(), pieces, false, 0));
  }
}
