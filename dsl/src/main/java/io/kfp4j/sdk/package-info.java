/**
 * API.
 *
 * Building pipelines from tasks: {@link io.kfp4j.sdk.Task} (what a generated {@code XxxOp} factory returns),
 * typed references to its outputs ({@link io.kfp4j.sdk.Output}), constants ({@link io.kfp4j.sdk.Value}) and
 * pipeline parameters ({@link io.kfp4j.sdk.Param}), all of them a {@link io.kfp4j.sdk.Source} of a typed value,
 * so that wiring a {@code String} output into a {@code Double} input does not compile. An image without a component
 * file runs as a {@link io.kfp4j.sdk.ContainerOp}; pipeline-wide settings (KFP's {@code PipelineConf}, op
 * transformers included) live on {@link io.kfp4j.sdk.PipelineScope}, reached from a {@code @Pipeline} method with
 * {@link io.kfp4j.sdk.Pipelines#current()}. Groups around tasks: {@link io.kfp4j.sdk.Condition},
 * {@link io.kfp4j.sdk.ParallelFor}, {@link io.kfp4j.sdk.ExitHandler} and graph components
 * ({@link io.kfp4j.sdk.GraphComponent}, called like a task, recursive under a condition); a task of a shared
 * component with {@code implementation.graph} becomes its graph's tasks ({@link io.kfp4j.sdk.ComponentRefs} says
 * where their components come from).
 * An artifact that already exists comes in by its URI through an {@link io.kfp4j.sdk.Importer} (KFP v2).
 * Tasks that act on a Kubernetes object instead of running a container are {@link io.kfp4j.sdk.ResourceTask}s:
 * {@link io.kfp4j.sdk.ResourceOp}, {@link io.kfp4j.sdk.VolumeOp} and {@link io.kfp4j.sdk.VolumeSnapshotOp}.
 */
package io.kfp4j.sdk;
