package io.kfp4j.sdk.argo;

import io.kfp4j.runtime.Kfp4jException;
import java.util.Map;

/**
 * A pipeline the Argo compiler cannot translate ({@link Kfp4jException.Kind#INVALID_PIPELINE}); the message names
 * the pipeline, the task and the input.
 */
public final class CompileException extends Kfp4jException {
  private static final long serialVersionUID = 1L;

  /** @param message where (pipeline, task, input), what is wrong, and the fix */
  public CompileException(String message) {
    super(Kind.INVALID_PIPELINE, message);
  }

  /**
   * @param problem where (pipeline, task, input) and what is wrong
   * @param fix what a library user does about it; front ends may word their own from the facts
   * @param facts named facts, such as the {@link Kfp4jException.Fact#OPTION} that fixes it
   */
  public CompileException(String problem, String fix, Map<String, String> facts) {
    super(Kind.INVALID_PIPELINE, problem, fix, facts, null);
  }

  /** @param message where, what and the fix @param cause the underlying problem */
  public CompileException(String message, Throwable cause) {
    super(Kind.INVALID_PIPELINE, message, cause);
  }
}
