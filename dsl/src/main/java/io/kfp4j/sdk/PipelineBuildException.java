package io.kfp4j.sdk;

import io.kfp4j.runtime.Kfp4jException;
import java.util.Map;

/**
 * A pipeline that cannot be built ({@link Kfp4jException.Kind#INVALID_PIPELINE}): the message names the pipeline,
 * the task and the input at fault.
 */
public final class PipelineBuildException extends Kfp4jException {
  private static final long serialVersionUID = 1L;

  /** @param message the pipeline, task and input, what is wrong, and the fix */
  public PipelineBuildException(String message) {
    super(Kind.INVALID_PIPELINE, message);
  }

  /**
   * @param message the pipeline, task and input, what is wrong, and the fix
   * @param facts the pipeline, task and input as {@link Kfp4jException.Fact}s
   */
  public PipelineBuildException(String message, Map<String, String> facts) {
    super(Kind.INVALID_PIPELINE, message, null, facts, null);
  }
}
