package io.kfp4j.sdk;

import io.kfp4j.sdk.ir.GroupId;
import java.util.Arrays;

/**
 * One call of a {@link GraphComponent} in a pipeline: tasks and other calls can wait for it as a whole
 * ({@link Task#after(GraphCall...)}), it can wait for tasks and calls, and it keeps what its body returned.
 *
 * @param <R> what the body returned ({@link Void} for {@link GraphComponent#call(Runnable)})
 */
public final class GraphCall<R> {
  private final PipelineContext context;
  private final Object frame;
  private final GroupId id;
  private final String name;
  private final boolean recursive;
  private final R result;

  GraphCall(PipelineContext context, Object frame, GroupId id, String name, boolean recursive, R result) {
    this.context = context;
    this.frame = frame;
    this.id = id;
    this.name = name;
    this.recursive = recursive;
    this.result = result;
  }

  /** Runs after these tasks, besides those whose outputs its tasks read. */
  public GraphCall<R> after(Task<?>... tasks) {
    context.graphAfter(frame, this, Arrays.asList(tasks), java.util.List.of());
    return this;
  }

  /** Runs after these calls of graph components have finished as a whole. */
  public GraphCall<R> after(GraphCall<?>... calls) {
    context.graphAfter(frame, this, java.util.List.of(), Arrays.asList(calls));
    return this;
  }

  /**
   * What the body returned.
   *
   * @throws PipelineBuildException for a recursive call, whose body does not run again while the pipeline is built
   */
  public R result() {
    if (recursive) {
      throw new PipelineBuildException("pipeline \"" + context.pipelineName() + "\": the recursive call of graph"
          + " component \"" + name + "\" has no result while the pipeline is built; use the outer call's result");
    }
    return result;
  }

  /** Whether this is a call of the graph component from inside its own body. */
  public boolean recursive() {
    return recursive;
  }

  /** The id of the call's group (for a recursive call, of the enclosing call it repeats). */
  GroupId id() {
    return id;
  }

  PipelineContext context() {
    return context;
  }

  @Override
  public String toString() {
    return (recursive ? "the recursive call of " : "the call of ") + "graph component \"" + name + "\"";
  }
}
