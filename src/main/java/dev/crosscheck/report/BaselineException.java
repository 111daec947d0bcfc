package dev.crosscheck.report;

/** A baseline file that cannot be read or is not a crosscheck baseline; the message names the file. */
public final class BaselineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BaselineException(String message, Throwable cause) {
    super(message, cause);
  }
}
