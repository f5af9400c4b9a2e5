package io.kfp4j.ui.internal.graph;

import io.kfp4j.sdk.local.TaskStatus;

/**
 * How a task of the graph stands in a run: for a task in a loop, what its iterations add up to.
 *
 * @param status the status shown (a loop's worst: failed, running, cancelled, pending, then done ones)
 * @param summary one line under the task's name ({@code succeeded in 1.2 s}, {@code 3 of 4 succeeded, 1 failed})
 */
public record NodeState(TaskStatus status, String summary) {
  /** A task the run has not reached. */
  public static final NodeState NOT_REACHED = new NodeState(TaskStatus.PENDING, "not reached");
}
