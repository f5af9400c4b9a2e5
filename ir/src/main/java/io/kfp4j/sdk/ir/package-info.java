/**
 * The one intermediate representation of a pipeline, {@link io.kfp4j.sdk.ir.PipelineGraph}: parameters, tasks
 * with resolved arguments and settings, and the tree of groups (conditions, loops, exit handler). The Argo
 * compiler, the local engine and the KFP client consume it; nothing else describes a pipeline.
 */
package io.kfp4j.sdk.ir;
