package io.kfp4j.sdk.submit;

import io.kfp4j.sdk.argo.Compiler;
import io.kfp4j.sdk.client.PipelinePackage;
import io.kfp4j.sdk.ir.PipelineGraph;

/**
 * A pipeline compiled for a KFP v1 server, as {@link io.kfp4j.sdk.client.KfpClient} uploads and runs it: the Argo
 * workflow of {@link Compiler}, named and described as the pipeline is.
 *
 * <pre>{@code
 * Run run = kfp.createRunFromPipeline(ArgoPackage.of(AdditionPipeline.spec()), Map.of("a", 7.0), null, "seed");
 * }</pre>
 */
public final class ArgoPackage {
  private ArgoPackage() {}

  /**
   * The graph compiled in memory.
   *
   * @throws io.kfp4j.sdk.argo.CompileException naming the pipeline, task and input of what cannot be compiled
   */
  public static PipelinePackage of(PipelineGraph graph) {
    return PipelinePackage.ofYaml(graph.name(), graph.description(), Compiler.toYaml(graph));
  }
}
