package io.kfp4j.sdk.local;

/** A task that could not even start (a missing program, no Docker daemon, an absent image). */
final class TaskStartException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  TaskStartException(String message) {
    super(message);
  }
}
