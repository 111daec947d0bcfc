package dev.crosscheck.ingest;

import java.util.List;

/**
 * A paragraph candidate read from an article, before boilerplate removal: its text, where each
 * piece of it came from in the original, and what the format tells about it.
 *
 * @param text the paragraph as it will appear in the clean text
 * @param pieces the stretches of original text the paragraph is made of, in order
 * @param heading true when the format marks it as a heading (an HTML h1-h6)
 * @param linkDensity the share of its characters inside links (HTML), else 0
 */
record Block(String text, List<Piece> pieces, boolean heading, double linkDensity) {
  Block {
    pieces = List.copyOf(pieces);
  }

  /** {@code cleanLength} characters of the block copied from {@code originalLength} of the original. */
  record Piece(int cleanLength, int originalStart, int originalLength) {}

  /** A block copied verbatim from {@code original[start, end)}. */
  static Block verbatim(String original, int start, int end) {
    return new Block(original.substring(start, end), List.of(new Piece(end - start, start, end - start)), false, 0);
  }
}
