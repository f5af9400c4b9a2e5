package io.kfp4j.cli;

/** The exit codes of {@code kfp4j}, the same for every command. */
public final class ExitCodes {
  /** Everything worked. */
  public static final int OK = 0;
  /** An invalid component, or an operation that failed for a reason the message explains. */
  public static final int FAILED = 1;
  /** The command line was wrong: an unknown option, a missing or bad argument. */
  public static final int USAGE = 2;
  /** A bug in kfp4j: an exception nobody expected. */
  public static final int INTERNAL = 3;

  // The exit codes for usage help, as picocli wants them (code:meaning).
  /** Usage help text for {@link #OK}. */
  public static final String DOC_OK = "0:success";
  /** Usage help text for {@link #FAILED}. */
  public static final String DOC_FAILED = "1:invalid component, or the operation failed";
  /** Usage help text for {@link #USAGE}. */
  public static final String DOC_USAGE = "2:usage error (unknown option, missing or bad argument)";
  /** Usage help text for {@link #INTERNAL}. */
  public static final String DOC_INTERNAL = "3:internal error in kfp4j (please report it)";

  private ExitCodes() {}
}
