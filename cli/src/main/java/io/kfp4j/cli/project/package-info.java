/**
 * Not API: kfp4j's own; may change in any release.
 *
 * The classpath of the Maven project the command runs in, when {@code --classpath} is not given: the module's
 * {@code target/classes} and its runtime dependencies, asked of Maven once ({@code mvn dependency:build-classpath})
 * and cached in {@code target/kfp4j/classpath.txt} under a hash of the pom files
 * ({@link io.kfp4j.cli.project.MavenClasspath}).
 *
 * <p>This lives in the command, not in kfp4j-tooling: only the command starts Maven as a process. The Maven plugin
 * runs inside Maven and takes the classpath from the project model; what both must agree on, where a project and
 * its run store are, is {@link io.kfp4j.tooling.project.ProjectRoot} in kfp4j-tooling.
 */
package io.kfp4j.cli.project;
