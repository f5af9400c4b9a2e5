/**
 * Not API: kfp4j's own; may change in any release.
 *
 * Where a Maven project is on disk, by the one rule every kfp4j front end follows: the module a command works in
 * (the nearest folder upwards with a {@code pom.xml}), the top-level folder of its build, and the run store at that
 * top-level folder ({@link io.kfp4j.tooling.project.ProjectRoot}).
 */
package io.kfp4j.tooling.project;
