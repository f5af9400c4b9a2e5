package io.kfp4j.sdk;

/**
 * Tasks that run only when a comparison holds, as KFP's {@code dsl.Condition}; conditions nest.
 *
 * <pre>{@code
 * Condition.when(flip.output().eq("heads"), () -> PrintOp.print(Value.of("heads!")));
 * }</pre>
 */
public final class Condition {
  private Condition() {}

  /** Runs {@code body} (which creates tasks) under the condition. */
  public static void when(Check check, Runnable body) {
    PipelineContext.require("Condition").condition(null, check, body);
  }

  /**
   * The same, with a label that names the condition in build errors and in the names targets give it (Argo:
   * {@code condition-heads-1}).
   */
  public static void when(String name, Check check, Runnable body) {
    PipelineContext.require("Condition").condition(name, check, body);
  }
}
