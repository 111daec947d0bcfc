package dev.crosscheck.rules;

/**
 * A rule or lexicon file that cannot be used: names the file and, when known, the line. The command
 * line stops before any work with exit code 2 and prints {@link #getMessage()}.
 */
public final class RuleFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String problem;

  public RuleFileException(String file, int line, String problem) {
    this(file, line, problem, null);
  }

  public RuleFileException(String file, int line, String problem, Throwable cause) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem, cause);
    this.file = file;
    this.line = line;
    this.problem = problem;
  }

  /** The same problem, located in {@code otherFile}. */
  public RuleFileException in(String otherFile) {
    return new RuleFileException(otherFile, line, problem, getCause());
  }

  public String problem() {
    return problem;
  }

  public String file() {
    return file;
  }

  /** The 1-based line, or 0 when unknown. */
  public int line() {
    return line;
  }
}
