package dev.crosscheck.ingest;

/** An input file that cannot become an article; the corpus reader records it and goes on. */
final class InputProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputProblem(String message) {
    super(message, null, false, false);
  }
}
