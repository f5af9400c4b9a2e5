package io.kfp4j.images.internal;

import io.kfp4j.images.ImageBuildException;
import io.kfp4j.runtime.internal.entry.LauncherCommand;
import io.kfp4j.runtime.internal.layout.ProjectResources;
import io.kfp4j.runtime.spec.Arg;
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
 * container image replaced (and, for an image with a class data archive, the launcher started from it), through
 * the runtime's spec model: loaded, image replaced, written by {@link ComponentWriter}; everything else stays as it
 * was.
 */
public final class ComponentPinning {
  private static final String SUFFIX = ".component.yaml";

  private ComponentPinning() {}

  /** The component specs under the class output folders, sorted by file name; the first of each name wins. */
  public static List<Path> specs(List<Path> classFolders) {
    List<Path> found = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Path folder : classFolders) {
      Path dir = folder.resolve(ProjectResources.COMPONENTS);
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
   * The spec with the launcher started from the image's class data archive ({@link LauncherCommand#ARCHIVE_OPTION}
   * before {@code -cp}), or without it; commands that do not start the kfp4j launcher on the image's classpath are
   * left as they are.
   */
  public static ComponentSpec withArchive(ComponentSpec spec, boolean archive) {
    if (!(spec.implementation() instanceof Implementation.Container c)) {
      return spec;
    }
    ContainerSpec old = c.container();
    List<Arg> command = new ArrayList<>(old.command());
    Arg classpath = new Arg.Literal(LauncherCommand.IMAGE_CLASSPATH);
    int cp = command.indexOf(classpath) - 1;
    if (cp < 1 || !command.get(cp).equals(new Arg.Literal("-cp"))
        || !command.contains(new Arg.Literal(LauncherCommand.MAIN_CLASS))) {
      return spec;
    }
    Arg option = new Arg.Literal(LauncherCommand.ARCHIVE_OPTION);
    command.remove(option);
    if (archive) {
      command.add(command.indexOf(classpath) - 1, option);
    }
    ContainerSpec pinned = new ContainerSpec(old.image(), command, old.args(), old.env(), old.fileOutputs());
    return spec.withImplementation(new Implementation.Container(pinned));
  }

  /** {@link #pin(List, String, Path, boolean, boolean)} for an image without a class data archive. */
  public static List<Path> pin(List<Path> specs, String image, Path outDir, boolean inPlace) {
    return pin(specs, image, outDir, inPlace, false);
  }

  /**
   * Writes each spec with the image into a folder and/or over itself.
   *
   * @param specs the spec files
   * @param image the image reference, e.g. {@code REPO@sha256:DIGEST}
   * @param outDir the folder to write them into, or {@code null}
   * @param inPlace whether to rewrite the files themselves
   * @param archive whether the image has a class data archive for the launcher to start from
   * @return the files written
   */
  public static List<Path> pin(List<Path> specs, String image, Path outDir, boolean inPlace, boolean archive) {
    List<Path> written = new ArrayList<>();
    for (Path file : specs) {
      ComponentSpec spec;
      try {
        spec = withArchive(withImage(ComponentLoader.standard().fromFile(file).spec(), image), archive);
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
