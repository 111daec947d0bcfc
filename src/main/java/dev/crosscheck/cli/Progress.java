package dev.crosscheck.cli;

import java.io.Console;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for long runs, shown only when a person is watching: a terminal is
 * attached ({@link System#console()}), the environment variable CI is unset (or "false", "0") and
 * {@code --no-progress} is not given. Otherwise every call does nothing. Thread-safe.
 */
final class Progress implements AutoCloseable {
  private static final Progress OFF = new Progress(null);
  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /** Whether bars are shown in this process. */
  static boolean wanted(boolean disabled) {
    return !disabled && terminal() && !inCi(System.getenv("CI"));
  }

  /** Whether a terminal is attached: on Java 22 and later System.console() exists without one. */
  private static boolean terminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  static boolean inCi(String ci) {
    if (ci == null) {
      return false;
    }
    String v = ci.strip().toLowerCase(Locale.ROOT);
    return !(v.isEmpty() || v.equals("false") || v.equals("0"));
  }

  /** A bar named {@code task} going to {@code total}, or one that does nothing when {@code shown} is false. */
  static Progress start(boolean shown, String task, long total) {
    if (!shown || total <= 0) {
      return OFF;
    }
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(250)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .build();
    return new Progress(bar);
  }

  void step(long n) {
    if (bar != null) {
      bar.stepBy(n);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
