package io.kfp4j.cli;

/**
 * An expected failure that a command reports as one line, {@code kfp4j: <message>}, with exit code
 * {@link ExitCodes#FAILED}: a server that cannot be reached, a file that cannot be written. The message says
 * what went wrong and what to do; there is no stack trace, since it is not a bug.
 */
public class CommandFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param message what failed, and how to fix it */
  public CommandFailedException(String message) {
    super(message);
  }

  /**
   * @param message what failed, and how to fix it
   * @param cause the underlying exception
   */
  public CommandFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
