package io.kfp4j.tooling.images;

import io.kfp4j.images.ImageBuildException;
import io.kfp4j.images.ProjectClasspath;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** Whether the last image build's pin fits the classes now: there is none, it fits, or the classes changed since. */
public sealed interface PinState {
  /** No image was built from these classes (or its pin was removed). */
  record None() implements PinState {}

  /** The image holds exactly the classes now: the specs are pinned to it. @param pin the pin */
  record Current(ImagePin pin) implements PinState {}

  /**
   * The classes are not the ones in the image.
   *
   * @param pin the pin of the older image
   * @param reason what differs, for messages
   */
  record Stale(ImagePin pin, String reason) implements PinState {}

  /**
   * Compares the pin in the file with the classpath's fingerprint now.
   *
   * @param pinFile the pin's file ({@link ImagePin#read})
   * @param classpath the classpath an image build would take now; it may fail (a missing launcher)
   */
  static PinState check(Path pinFile, Supplier<ProjectClasspath> classpath) {
    Optional<ImagePin> found = ImagePin.read(pinFile);
    if (found.isEmpty()) {
      return new None();
    }
    ImagePin pin = found.get();
    String now;
    try {
      now = ClasspathFingerprint.of(classpath.get());
    } catch (ImageBuildException e) {
      return new Stale(pin, "the classpath is no longer an image's: " + e.getMessage());
    }
    return now.equals(pin.fingerprint()) ? new Current(pin)
        : new Stale(pin, "the classes or dependencies changed since it was built (" + pin.builtAt() + ")");
  }
}
