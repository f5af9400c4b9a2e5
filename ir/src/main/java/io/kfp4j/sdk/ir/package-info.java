/**
 * API.
 *
 * The one intermediate representation of a pipeline, {@link io.kfp4j.sdk.ir.PipelineGraph}: parameters, tasks
 * with resolved arguments and settings, and the tree of groups (conditions, loops, exit handler, graph components' calls, which may call
 * themselves again under a condition). The Argo
 * compiler, the local engine and the KFP client consume it; nothing else describes a pipeline.
 *
 * <p>The IR carries no target's names. Groups are known by a typed, stable {@link io.kfp4j.sdk.ir.GroupId} (their
 * kind and creation order); what refers to a group, such as a loop item ({@link
 * io.kfp4j.sdk.ir.ArgumentValue.LoopItemRef}), holds that id; and run-time values inside task settings are typed
 * {@link io.kfp4j.sdk.task.SettingValue}s. Each compiler names groups and writes references its target's way.
 */
package io.kfp4j.sdk.ir;
