package io.kfp4j.cli.pipelines;

import io.kfp4j.images.ProjectClasspath;
import io.kfp4j.tooling.images.ImagePin;
import io.kfp4j.tooling.images.PinState;
import io.kfp4j.tooling.images.ProjectImage;
import io.kfp4j.tooling.project.ProjectRoot;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The image pin of a Maven project, as {@code kfp4j images build} (or {@code mvn kfp4j:image}) recorded it in
 * {@code target/kfp4j/image.properties}: applied to the component specs in {@code target/classes} before a pipeline is
 * built while the classes are the image's, and taken back, with a warning, when they changed since.
 */
final class ProjectPins {
  private ProjectPins() {}

  /** The module's build folder. */
  static Path buildDirectory(ProjectRoot project) {
    return project.module().resolve("target");
  }

  /** Brings the module's specs in line with its pin, saying on {@code err} what it found. */
  static void prepare(ProjectRoot project, List<Path> classpath, PrintWriter err) {
    Path pinFile = ImagePin.fileIn(buildDirectory(project));
    Path classes = buildDirectory(project).resolve("classes");
    PinState state = ProjectImage.prepareCompile(pinFile, List.of(classes), () -> ProjectClasspath.of(classpath));
    if (state instanceof PinState.Current current) {
      err.println("kfp4j: component specs pinned to " + current.pin().pinned() + " (kfp4j images build of "
          + current.pin().builtAt() + ")");
      if (!current.pin().pullable()) {
        err.println("kfp4j: warning: " + notPullable(current.pin()));
      }
    } else if (state instanceof PinState.Stale stale) {
      err.println("kfp4j: warning: the image pin " + pinFile + " (" + stale.pin().pinned() + ") does not fit the"
          + " classes: " + stale.reason() + ". The component specs keep their own images; build the image again"
          + " first: kfp4j images build --to " + stale.pin().target());
    }
    err.flush();
  }

  /** The warning for an image pinned by its Docker daemon id, worded for the command. */
  static String notPullable(ImagePin pin) {
    return pin.notPullable() + " (--to REGISTRY/REPO)";
  }
}
