/**
 * Not API: kfp4j's own; may change in any release.
 *
 * The kfp4j Maven plugin ({@code io.kfp4j:kfp4j-maven-plugin}, prefix {@code kfp4j}): goals that compile, run, image,
 * upload and submit a project's pipelines on its own resolved classpath, validate its component specs and serve the
 * local runs' UI. The work is the tooling module's ({@code io.kfp4j.tooling}); the goals map Maven's parameters to
 * it and its failures to build failures worded for Maven users ({@link io.kfp4j.maven.MavenWording}).
 */
package io.kfp4j.maven;
