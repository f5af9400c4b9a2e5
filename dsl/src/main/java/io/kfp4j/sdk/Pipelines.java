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
  private Pipelines() {}

  /**
   * The pipeline being built on this thread, to declare pipeline-wide settings from a {@code @Pipeline} method's
   * body (whose parameters are the method's): {@code Pipelines.current().imagePullSecrets("regcred").opTransformer(t
   * -> t.podLabel("param", param))}. Inside {@code Pipelines.builder(...).build(p -> ...)} it is {@code p}.
   *
   * @throws IllegalStateException when no pipeline is being built on this thread
   */
  public static PipelineScope current() {
    return new PipelineScope(PipelineContext.require("Pipelines.current()"));
  }

  /** A pipeline of that name ({@code "addition-pipeline"}, or a human name such as {@code "Addition pipeline"}). */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A pipeline's name, description and root, then its body: {@link #build} runs the body and checks the result. */
  public static final class Builder {
    private final String name;
    private String description;
    private String pipelineRoot;

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "a pipeline needs a name");
    }

    /** What the pipeline does. */
    public Builder description(String text) {
      description = text;
      return this;
    }

    /** Where its artifacts go (KFP's {@code pipeline_root}). */
    public Builder pipelineRoot(String root) {
      pipelineRoot = root;
      return this;
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
}
