package io.kfp4j.images;

import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.ContainerSpec;
import io.kfp4j.runtime.spec.Implementation;
import io.kfp4j.runtime.spec.InvalidSpecException;
import io.kfp4j.runtime.yaml.ComponentLoader;
import io.kfp4j.runtime.yaml.ComponentWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a project's component specs (the processor's {@code META-INF/kfp4j/components/*.component.yaml}) with the
 * container image replaced, through the runtime's spec model: loaded, image replaced, written by
 * {@link ComponentWriter}; everything else stays as it was.
 */
public final class ComponentPinning {
  private static final String SUFFIX = ".component.yaml";

  private ComponentPinning() {}

  /** The component specs under the class output folders, sorted by file name; the first of each name wins. */
  public static List<Path> specs(List<Path> classFolders) {
    List<Path> found = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Path folder : classFolders) {
      Path dir = folder.resolve(AppLayers.COMPONENTS);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
          if (!names.contains(file.getFileName().toString())) {
            names.add(file.getFileName().toString());
            found.add(file);
          }
        }
      } catch (IOException e) {
        throw new ImageBuildException("cannot list the component specs in " + dir + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(found);
  }

  /** The spec with its container's image replaced; a graph component is returned as it is. */
  public static ComponentSpec withImage(ComponentSpec spec, String image) {
    if (!(spec.implementation() instanceof Implementation.Container c)) {
      return spec;
    }
    ContainerSpec old = c.container();
    ContainerSpec pinned = new ContainerSpec(image, old.command(), old.args(), old.env(), old.fileOutputs());
    return spec.withImplementation(new Implementation.Container(pinned));
  }

  /**
   * Writes each spec with the image into a folder and/or over itself.
   *
   * @param specs the spec files
   * @param image the image reference, e.g. {@code REPO@sha256:DIGEST}
   * @param outDir the folder to write them into, or {@code null}
   * @param inPlace whether to rewrite the files themselves
   * @return the files written
   */
  public static List<Path> pin(List<Path> specs, String image, Path outDir, boolean inPlace) {
    List<Path> written = new ArrayList<>();
    for (Path file : specs) {
      ComponentSpec spec;
      try {
        spec = withImage(ComponentLoader.standard().fromFile(file).spec(), image);
      } catch (InvalidSpecException | UncheckedIOException e) {
        throw new ImageBuildException("cannot read the component spec " + file + ": " + e.getMessage()
            + "; rebuild the project (mvn compile) so that kfp4j-processor writes it again", e);
      }
      if (outDir != null) {
        written.add(save(spec, outDir.resolve(file.getFileName().toString())));
      }
      if (inPlace) {
        written.add(save(spec, file));
      }
    }
    return List.copyOf(written);
  }

  private static Path save(ComponentSpec spec, Path file) {
    try {
      ComponentWriter.save(spec, file);
      return file;
    } catch (UncheckedIOException e) {
      throw new ImageBuildException("cannot write the pinned component spec " + file + ": " + e.getCause()
          + "; check that the folder is writable", e);
    }
  }
}
