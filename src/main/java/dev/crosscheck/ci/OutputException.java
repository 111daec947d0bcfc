package dev.crosscheck.ci;

/** An output file that cannot be written; exit code 2. */
public final class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
