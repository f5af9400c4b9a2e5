/**
 * Not API: kfp4j's own; may change in any release.
 *
 * What every kfp4j front end (the {@code kfp4j} command, the Maven plugin) shares: finding a project's pipelines on
 * its classpath, building, compiling, running and submitting them. Failures are {@link
 * io.kfp4j.tooling.ToolingException}s whose messages each front end words through {@link io.kfp4j.tooling.FrontEnd}.
 */
package io.kfp4j.tooling;
