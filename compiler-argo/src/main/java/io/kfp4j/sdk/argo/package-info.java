/**
 * API.
 *
 * The Argo compiler: turns a {@link io.kfp4j.sdk.ir.PipelineGraph} into the Argo {@code Workflow} that KFP
 * 1.8.22's v1 compiler writes for the same pipeline, as an ordered tree, YAML text, or a {@code .zip} /
 * {@code .tar.gz} package. {@link io.kfp4j.sdk.argo.Compiler} is the entry point; the other classes are its steps:
 * resolving each task's command line ({@link io.kfp4j.sdk.argo.TaskOps}), lifting inputs, outputs and dependencies
 * through the groups ({@link io.kfp4j.sdk.argo.GroupIo}), writing container and DAG templates, and rewriting the
 * data passing into parameters and artifacts ({@link io.kfp4j.sdk.argo.DataPassing}).
 */
package io.kfp4j.sdk.argo;
