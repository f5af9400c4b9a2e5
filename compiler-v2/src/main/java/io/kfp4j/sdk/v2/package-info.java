/**
 * API. Compiles a {@link io.kfp4j.sdk.ir.PipelineGraph} to KFP v2's pipeline spec (the "IR",
 * {@code ml_pipelines.PipelineSpec}) as the KFP 2.x SDK writes it; the Kubernetes settings go to the
 * {@code platforms.kubernetes} document beside it. Shares no code with the Argo compiler.
 */
package io.kfp4j.sdk.v2;
