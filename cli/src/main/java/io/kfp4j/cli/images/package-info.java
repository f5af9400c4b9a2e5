/**
 * Not API: kfp4j's own; may change in any release. {@code kfp4j images}: container images of a project's components,
 * built with jib-core.
 */
package io.kfp4j.cli.images;
