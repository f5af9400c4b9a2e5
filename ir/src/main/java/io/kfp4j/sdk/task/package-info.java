/**
 * API.
 *
 * Settings of a task in a pipeline, as immutable values: resources, environment, scheduling, retries,
 * caching, volumes and sidecars. {@link io.kfp4j.sdk.task.TaskSettings} gathers them; the compiler writes them
 * to Argo as KFP 1.8.22 does, and the local engine honours those that make sense on one machine. A setting that
 * may be given when the pipeline runs (a resource quantity, a claim's name) holds a
 * {@link io.kfp4j.sdk.task.SettingValue}: a constant, or a typed reference each consumer resolves its own way.
 */
package io.kfp4j.sdk.task;
