package io.kfp4j.sdk.argo;

/** A pipeline the Argo compiler cannot translate; the message names the pipeline, the task and the input. */
public final class CompileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** @param message where (pipeline, task, input), what is wrong, and the fix */
  public CompileException(String message) {
    super(message);
  }

  /** @param message where, what and the fix @param cause the underlying problem */
  public CompileException(String message, Throwable cause) {
    super(message, cause);
  }
}
