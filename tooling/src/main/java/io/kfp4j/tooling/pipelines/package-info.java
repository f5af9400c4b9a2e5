/**
 * Not API: kfp4j's own; may change in any release.
 *
 * A compiled project's pipelines: its classpath in a class loader of its own ({@link
 * io.kfp4j.tooling.pipelines.PipelineClasspath}), the index kfp4j-processor writes, and the pipelines found by name,
 * class or method and built into their {@code PipelineGraph} ({@link io.kfp4j.tooling.pipelines.ProjectPipelines}).
 */
package io.kfp4j.tooling.pipelines;
