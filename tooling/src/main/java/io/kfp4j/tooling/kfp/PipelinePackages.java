package io.kfp4j.tooling.kfp;

import io.kfp4j.sdk.argo.Compiler;
import io.kfp4j.sdk.client.PipelinePackage;
import io.kfp4j.sdk.ir.PipelineGraph;

/** A pipeline compiled for a KFP v1 server: the Argo workflow as the client uploads and runs it. */
public final class PipelinePackages {
  private PipelinePackages() {}

  /**
   * The graph compiled in memory, named and described as the pipeline is.
   *
   * @throws io.kfp4j.sdk.argo.CompileException naming the pipeline, task and input of what cannot be compiled
   */
  public static PipelinePackage of(PipelineGraph graph) {
    return PipelinePackage.ofYaml(graph.name(), graph.description(), Compiler.toYaml(graph));
  }
}
