package io.kfp4j.sdk;

/**
 * A task that runs after the guarded tasks, whatever happened to them, as KFP's {@code dsl.ExitHandler}. One per
 * pipeline, at its top level; create the exit task first.
 *
 * <pre>{@code
 * var cleanup = PrintOp.print(Value.of("done"));
 * ExitHandler.of(cleanup, () -> { ... the guarded tasks ... });
 * }</pre>
 */
public final class ExitHandler {
  private ExitHandler() {}

  /** Guards the tasks {@code body} creates with {@code exitTask}. */
  public static void of(Task<?> exitTask, Runnable body) {
    PipelineContext.require("ExitHandler").exitHandler(exitTask, body);
  }
}
