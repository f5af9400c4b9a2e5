/**
 * API.
 *
 * Annotations that turn plain static methods into Kubeflow Pipelines components: {@link
 * io.kfp4j.annotations.Component} on the method, {@link io.kfp4j.annotations.InputPath}, {@link
 * io.kfp4j.annotations.OutputPath} and {@link io.kfp4j.annotations.Default} on its parameters, {@link
 * io.kfp4j.annotations.TypeName} on data classes, {@link io.kfp4j.annotations.Pipeline} on pipelines,
 * and {@link io.kfp4j.annotations.ComponentStubs} for typed stubs of shared {@code component.yaml} files. The kfp4j
 * annotation processor reads them at compile time; nothing here is needed at run time.
 */
package io.kfp4j.annotations;
