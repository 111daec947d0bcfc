package dev.crosscheck.ingest;

/** A corpus that cannot be used at all (missing, empty); the command line exits with code 2. */
public final class CorpusException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CorpusException(String message) {
    super(message);
  }
}
