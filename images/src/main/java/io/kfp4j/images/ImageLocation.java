package io.kfp4j.images;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where an image is read from or written to: a registry ({@code REF}), the Docker daemon ({@code docker://REF}) or a
 * tar file in {@code docker save} format ({@code tar://PATH}).
 */
public sealed interface ImageLocation {
  /** The prefix of a Docker daemon location. */
  String DOCKER_PREFIX = "docker://";
  /** The prefix of a tar file location. */
  String TAR_PREFIX = "tar://";

  /** An image in a registry. @param reference {@code [host[:port]/]repository[:tag|@digest]} */
  record Registry(String reference) implements ImageLocation {
    public Registry {
      Objects.requireNonNull(reference, "reference");
    }

    @Override
    public String toString() {
      return reference;
    }
  }

  /** An image in the local Docker daemon. @param reference the daemon's name for it */
  record Daemon(String reference) implements ImageLocation {
    public Daemon {
      Objects.requireNonNull(reference, "reference");
    }

    @Override
    public String toString() {
      return DOCKER_PREFIX + reference;
    }
  }

  /** A {@code docker save} tar file. @param path the file */
  record Tar(Path path) implements ImageLocation {
    public Tar {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String toString() {
      return TAR_PREFIX + path;
    }
  }

  /**
   * Reads {@code REF}, {@code docker://REF} or {@code tar://PATH}.
   *
   * @throws ImageBuildException when the text is empty or the path is not valid
   */
  static ImageLocation parse(String text) {
    if (text == null || text.isBlank()) {
      throw new ImageBuildException("an image location is empty; give REF, docker://REF or tar://PATH");
    }
    String value = text.strip();
    if (value.startsWith(DOCKER_PREFIX)) {
      return new Daemon(nonEmpty(value.substring(DOCKER_PREFIX.length()), value));
    }
    if (value.startsWith(TAR_PREFIX)) {
      try {
        return new Tar(Path.of(nonEmpty(value.substring(TAR_PREFIX.length()), value)));
      } catch (InvalidPathException e) {
        throw new ImageBuildException("\"" + value + "\" is not a valid tar path: " + e.getMessage());
      }
    }
    return new Registry(value);
  }

  private static String nonEmpty(String rest, String whole) {
    if (rest.isEmpty()) {
      throw new ImageBuildException("\"" + whole + "\" names no image; give docker://REF or tar://PATH");
    }
    return rest;
  }
}
