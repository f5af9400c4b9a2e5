/**
 * API.
 *
 * Container images for components, built with jib-core: one image per project holding its classes, resources and
 * runtime dependencies (with kfp4j-launcher and kfp4j-runtime) in jib's layered layout under {@code /app}, from a
 * base image in a registry, the Docker daemon or a {@code docker save} tar, to any of the three. After a build,
 * the project's {@code component.yaml} files are written with the image pinned by digest.
 *
 * <p>Start at {@link io.kfp4j.images.ComponentImage}.
 */
package io.kfp4j.images;
