/**
 * Settings of a task in a pipeline, as immutable values: resources, environment, scheduling, retries,
 * caching, volumes and sidecars. {@link io.kfp4j.sdk.task.TaskSettings} gathers them; the compiler writes them
 * to Argo as KFP 1.8.22 does, and the local engine honours those that make sense on one machine.
 */
package io.kfp4j.sdk.task;
