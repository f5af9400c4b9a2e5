package io.kfp4j.images;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A built image.
 *
 * @param target where it went
 * @param name its name, {@code REPO:TAG}
 * @param digest the manifest digest, {@code sha256:…}: what a registry serves it by
 * @param imageId the config digest, {@code sha256:…}: what the Docker daemon knows it by
 * @param pinned the reference written into the component specs: {@code REPO@DIGEST} for a registry or a tar, the
 *     image id for the Docker daemon (a daemon cannot find a loaded image by manifest digest)
 * @param components the pinned component specs written
 * @param leftOut kfp4j's build-time jars left out of the image
 * @param elapsed how long the build took
 */
public record BuiltImage(ImageLocation target, String name, String digest, String imageId, String pinned,
    List<Path> components, List<Path> leftOut, Duration elapsed) {
  public BuiltImage {
    components = List.copyOf(components);
    leftOut = List.copyOf(leftOut);
  }
}
