package dev.crosscheck.spark;

/**
 * An article on its way to its {@code --group-by field} story, with its id already made unique in
 * its folder story and its place there ({@code order}), which is its place in the new story too.
 */
record Placed(SourceRecord source, int order) implements Item {
  Placed {
    if (order < 0) {
      throw new IllegalArgumentException("order must be 0 or more: " + order);
    }
  }
}
