package dev.crosscheck.cli;

/** An output file that cannot be written; exit code 2. */
final class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
