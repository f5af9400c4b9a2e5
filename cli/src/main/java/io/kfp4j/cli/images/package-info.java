/** {@code kfp4j images}: container images of a project's components, built with jib-core. */
package io.kfp4j.cli.images;
