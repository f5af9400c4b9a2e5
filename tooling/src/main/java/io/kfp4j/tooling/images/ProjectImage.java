package io.kfp4j.tooling.images;

import io.kfp4j.images.BuiltImage;
import io.kfp4j.images.ComponentImage;
import io.kfp4j.images.ProjectClasspath;
import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.runtime.Kfp4jException.Kind;
import io.kfp4j.tooling.ToolingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A project's component image and its pin, kept together: a build pins the specs in the class folders and records
 * the pin with the classes' fingerprint; a compile pins the specs again while the classes are the ones in the image,
 * and takes the pin back when they are not, so that a workflow never names an image that lacks its classes.
 */
public final class ProjectImage {
  private ProjectImage() {}

  /**
   * The image and its pin.
   *
   * @param image the built image
   * @param pin what was recorded
   */
  public record Built(BuiltImage image, ImagePin pin) {}

  /**
   * Builds the image, pins the specs in its class folders and records the pin. A previous pin is taken back first,
   * and its record removed, so that a failed build leaves no pin behind.
   *
   * @param image the build; its specs are pinned in place whatever its own setting
   * @param pinFile where the pin is recorded
   * @throws Kfp4jException when the build fails ({@link io.kfp4j.images.ImageBuildException}, whose facts name
   *     the fix) or the pin cannot be written ({@link ToolingException})
   */
  public static Built build(ComponentImage image, Path pinFile) {
    ProjectClasspath classpath = image.classpath();
    Optional<ImagePin> previous = ImagePin.read(pinFile);
    Map<String, String> originals = SpecPins.originals(classpath.folders(), previous);
    previous.ifPresent(p -> SpecPins.undo(p, classpath.folders()));
    delete(pinFile);
    String fingerprint = ClasspathFingerprint.of(classpath);
    BuiltImage built = image.withPinInPlace(true).build();
    ImagePin pin = ImagePin.of(built, fingerprint, originals);
    pin.write(pinFile);
    return new Built(built, pin);
  }

  /**
   * Brings the specs in the class folders in line with the recorded pin before pipelines are built: pinned while it
   * is {@link PinState.Current current}, given their own image back when it is {@link PinState.Stale stale}.
   *
   * @param pinFile the recorded pin, if any
   * @param classFolders the project's class folders, where its specs are
   * @param classpath the classpath an image would be built from now
   * @return the state found
   */
  public static PinState prepareCompile(Path pinFile, List<Path> classFolders, Supplier<ProjectClasspath> classpath) {
    PinState state = PinState.check(pinFile, classpath);
    if (state instanceof PinState.Current current) {
      SpecPins.apply(current.pin(), classFolders);
    } else if (state instanceof PinState.Stale stale) {
      SpecPins.undo(stale.pin(), classFolders);
    }
    return state;
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new ToolingException(Kind.IO, "cannot remove the old image pin " + file + ": " + e.getMessage(), e);
    }
  }
}
