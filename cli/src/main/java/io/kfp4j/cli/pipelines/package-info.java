/**
 * Not API: kfp4j's own; may change in any release.
 *
 * {@code kfp4j compile}: finds the pipelines of a compiled project on a classpath, through the index that
 * kfp4j-processor writes for each {@code @Pipeline} method ({@code META-INF/kfp4j/pipelines/<name>}, a line per
 * pipeline of that sanitized name: the generated class and {@code Owner#method}), builds one by calling its generated {@code spec()} and compiles it to an Argo workflow.
 */
package io.kfp4j.cli.pipelines;
