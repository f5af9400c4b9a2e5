package io.kfp4j.sdk;

/** A pipeline that cannot be built: the message names the pipeline, the task and the input at fault. */
public final class PipelineBuildException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** @param message the pipeline, task and input, what is wrong, and the fix */
  public PipelineBuildException(String message) {
    super(message);
  }
}
