package io.kfp4j.sdk.local;

import io.kfp4j.runtime.Kfp4jException;

/**
 * A task that could not even start (a missing program, no Docker daemon, an absent image): of kind
 * {@link Kfp4jException.Kind#RUN_FAILED}, so that a run that cannot start reaches its caller as a
 * {@link Kfp4jException}.
 */
final class TaskStartException extends Kfp4jException {
  private static final long serialVersionUID = 1L;

  TaskStartException(String message) {
    super(Kind.RUN_FAILED, message);
  }
}
