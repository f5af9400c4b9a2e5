package io.kfp4j.sdk;

import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Builds pipelines: {@code Pipelines.builder("addition-pipeline").description("...").build(p -> {...})}. Inside the
 * body, calling {@code XxxOp} factories adds tasks, {@code p.param(...)} declares parameters, and {@link
 * Condition}, {@link ParallelFor} and {@link ExitHandler} group tasks.
 */
public final class Pipelines {
  private final String name;
  private final String description;
  private final String pipelineRoot;

  private Pipelines(String name, String description, String pipelineRoot) {
    this.name = Objects.requireNonNull(name, "a pipeline needs a name");
    this.description = description;
    this.pipelineRoot = pipelineRoot;
  }

  /** A pipeline of that name ({@code "addition-pipeline"}, or a human name such as {@code "Addition pipeline"}). */
  public static Pipelines builder(String name) {
    return new Pipelines(name, null, null);
  }

  /** What the pipeline does. */
  public Pipelines description(String text) {
    return new Pipelines(name, text, pipelineRoot);
  }

  /** Where its artifacts go (KFP's {@code pipeline_root}). */
  public Pipelines pipelineRoot(String root) {
    return new Pipelines(name, description, root);
  }

  /**
   * Runs the body on this thread and returns the checked pipeline.
   *
   * @throws PipelineBuildException naming the pipeline, task and input of whatever is wrong
   */
  public PipelineGraph build(Consumer<PipelineScope> body) {
    return PipelineContext.build(name, description, pipelineRoot, body);
  }
}
