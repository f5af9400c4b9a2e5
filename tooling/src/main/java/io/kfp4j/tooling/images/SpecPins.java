package io.kfp4j.tooling.images;

import io.kfp4j.images.ImageBuildException;
import io.kfp4j.images.internal.ComponentPinning;
import io.kfp4j.runtime.Kfp4jException.Kind;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.Implementation;
import io.kfp4j.runtime.spec.InvalidSpecException;
import io.kfp4j.runtime.yaml.ComponentLoader;
import io.kfp4j.runtime.yaml.ComponentWriter;
import io.kfp4j.tooling.ToolingException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The component specs of a project's class folders ({@code META-INF/kfp4j/components/*.component.yaml}) pinned to
 * an image where they are, so that compiles and the packaged jar take them, and the pin taken back when it no
 * longer fits the classes.
 */
final class SpecPins {
  private SpecPins() {}

  /**
   * Each spec's image as the project gives it: its image now, or, when it carries the previous pin, the image that
   * pin recorded for it.
   *
   * @return spec file name to image; graph components have none
   */
  public static Map<String, String> originals(List<Path> classFolders, Optional<ImagePin> previous) {
    Map<String, String> originals = new TreeMap<>();
    for (Path file : specs(classFolders)) {
      String image = image(load(file));
      if (image == null) {
        continue;
      }
      String name = file.getFileName().toString();
      String before = previous.filter(p -> p.pinned().equals(image)).map(p -> p.original(name)).orElse(null);
      originals.put(name, before != null ? before : image);
    }
    return originals;
  }

  /**
   * Pins every container spec that is not pinned to the image yet.
   *
   * @return the files rewritten
   */
  public static List<Path> apply(ImagePin pin, List<Path> classFolders) {
    List<Path> unpinned = new ArrayList<>();
    for (Path file : specs(classFolders)) {
      String image = image(load(file));
      if (image != null && !image.equals(pin.pinned())) {
        unpinned.add(file);
      }
    }
    try {
      return ComponentPinning.pin(unpinned, pin.pinned(), null, true);
    } catch (ImageBuildException e) {
      throw new ToolingException(Kind.IO, e.getMessage(), e);
    }
  }

  /**
   * Gives the specs that carry the pin their image from before it (see {@link ImagePin#originals}).
   *
   * @return the files rewritten
   */
  public static List<Path> undo(ImagePin pin, List<Path> classFolders) {
    List<Path> restored = new ArrayList<>();
    for (Path file : specs(classFolders)) {
      ComponentSpec spec = load(file);
      String original = pin.original(file.getFileName().toString());
      if (pin.pinned().equals(image(spec)) && original != null) {
        save(ComponentPinning.withImage(spec, original), file);
        restored.add(file);
      }
    }
    return restored;
  }

  private static List<Path> specs(List<Path> classFolders) {
    try {
      return ComponentPinning.specs(classFolders);
    } catch (ImageBuildException e) {
      throw new ToolingException(Kind.IO, e.getMessage(), e);
    }
  }

  /** The container's image, or {@code null} for a graph component. */
  private static String image(ComponentSpec spec) {
    return spec.implementation() instanceof Implementation.Container c ? c.container().image() : null;
  }

  private static ComponentSpec load(Path file) {
    try {
      return ComponentLoader.standard().fromFile(file).spec();
    } catch (InvalidSpecException | UncheckedIOException e) {
      throw new ToolingException(Kind.INVALID_INPUT, "cannot read the component spec " + file + ": " + e.getMessage()
          + "; rebuild the project so that kfp4j-processor writes it again", e);
    }
  }

  private static void save(ComponentSpec spec, Path file) {
    try {
      ComponentWriter.save(Objects.requireNonNull(spec), file);
    } catch (UncheckedIOException e) {
      throw new ToolingException(Kind.IO, "cannot write the component spec " + file + ": " + e.getCause(), e);
    }
  }
}
