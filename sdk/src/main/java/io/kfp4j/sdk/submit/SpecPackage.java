package io.kfp4j.sdk.submit;

import io.kfp4j.sdk.client.v2.PipelineSpecPackage;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.v2.PipelineSpecCompiler;

/**
 * A pipeline compiled for a KFP 2.x server, as {@link io.kfp4j.sdk.client.v2.KfpV2Client} uploads and runs it: KFP
 * v2's pipeline spec of {@link PipelineSpecCompiler}, named and described by its {@code pipelineInfo}.
 *
 * <pre>{@code
 * Run run = kfp.createRunFromPipeline(SpecPackage.of(AdditionPipeline.spec()), Map.of("a", 7.0, "b", 8.0), null,
 *     "my-experiment");
 * }</pre>
 */
public final class SpecPackage {
  private SpecPackage() {}

  /**
   * The graph compiled in memory.
   *
   * @throws io.kfp4j.sdk.v2.V2CompileException naming the pipeline, task and setting KFP v2 cannot express
   */
  public static PipelineSpecPackage of(PipelineGraph graph) {
    return PipelineSpecPackage.ofYaml(PipelineSpecCompiler.toYaml(graph));
  }
}
