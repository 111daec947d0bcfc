package dev.crosscheck.ci;

/** The process exit codes of every command. */
public final class ExitCode {
  /** Done, and no finding reached the --fail-on level. */
  public static final int OK = 0;
  /** Done, and some finding reached the --fail-on level. */
  public static final int FINDINGS = 1;
  /** Bad usage, input or rule files: nothing was done. */
  public static final int USAGE = 2;

  private ExitCode() {}
}
