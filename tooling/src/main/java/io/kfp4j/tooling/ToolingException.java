package io.kfp4j.tooling;

import java.util.Objects;

/**
 * A failure of a tooling step that a front end reports to its user as a message, not a stack trace: the message
 * states the facts and the fix, worded for the front end through {@link FrontEnd}. The {@link Kind} lets a front end
 * choose its exit code or build-failure type without parsing messages.
 */
public class ToolingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, for front ends that react differently. */
  public enum Kind {
    /** Something named (a pipeline, a class, a file) is not there. */
    NOT_FOUND,
    /** An argument, an option or a classpath entry is not usable as given. */
    INVALID_INPUT,
    /** The pipeline cannot be built or compiled: its message names the pipeline, the task and the input. */
    INVALID_PIPELINE,
    /** The project's own code threw while a pipeline was built. */
    USER_CODE,
    /** A file or folder cannot be read or written. */
    IO,
    /** A run or submission ended without success. */
    RUN_FAILED
  }

  private final Kind kind;

  /**
   * @param kind what went wrong
   * @param message the facts and the fix
   */
  public ToolingException(Kind kind, String message) {
    super(message);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /**
   * @param kind what went wrong
   * @param message the facts and the fix
   * @param cause the underlying exception
   */
  public ToolingException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /** What went wrong. */
  public Kind kind() {
    return kind;
  }
}
