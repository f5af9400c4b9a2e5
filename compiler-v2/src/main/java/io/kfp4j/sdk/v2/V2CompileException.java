package io.kfp4j.sdk.v2;

import io.kfp4j.runtime.Kfp4jException;

/**
 * A pipeline the KFP v2 compiler cannot express ({@link Kfp4jException.Kind#INVALID_PIPELINE}); the message names the
 * pipeline, the task and the setting, and the fix (often: compile for the Argo target instead).
 */
public final class V2CompileException extends Kfp4jException {
  private static final long serialVersionUID = 1L;

  /** @param message where (pipeline, task, setting), what is wrong, and the fix */
  public V2CompileException(String message) {
    super(Kind.INVALID_PIPELINE, message);
  }
}
