/**
 * API.
 *
 * Reading what a finished run produced, typed: a run that can hand out the outputs of its tasks
 * ({@link io.kfp4j.sdk.result.RunOutputs}, implemented by the local engine's {@code RunResult}) and the outputs of
 * one task, decoded with the runtime's KFP serializers ({@link io.kfp4j.sdk.result.TaskOutputs}). Generated
 * {@code XxxOp.result(run, "task-id")} methods use both, so that a test reads {@code 19.0} as a {@code double}.
 */
package io.kfp4j.sdk.result;
