package io.kfp4j.processor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the YAML an entry of {@code @ComponentStubs} names: a resource (file or folder) of the class output (where
 * Maven copies {@code src/main/resources} before compiling), the source path or the class path; else a file or folder
 * relative to the project directory.
 */
final class StubSources {
  private static final List<StandardLocation> LOCATIONS = List.of(StandardLocation.CLASS_OUTPUT,
      StandardLocation.SOURCE_PATH, StandardLocation.CLASS_PATH);

  private final Filer filer;
  private final Path projectDir;

  /** @param projectDir the directory relative files start at, or {@code null} for the working directory */
  StubSources(Filer filer, String projectDir) {
    this.filer = filer;
    this.projectDir = Path.of(projectDir == null || projectDir.isBlank() ? "" : projectDir).toAbsolutePath();
  }

  /**
   * A file found.
   *
   * @param bytes its content
   * @param source where it was read, for messages
   * @param origin the entry as the user wrote it (with the file name for a folder's files)
   */
  record Found(byte[] bytes, String source, String origin) {}

  /** Why an entry names nothing. */
  static final class NotFoundException extends Exception {
    private static final long serialVersionUID = 1L;

    NotFoundException(String message) {
      super(message);
    }
  }

  /** The file(s) an annotation entry names: a classpath resource, else a file or folder. */
  List<Found> find(String entry) throws NotFoundException {
    if (Path.of(entry).isAbsolute() || entry.startsWith("/") || Path.of(entry).normalize().startsWith("..")) {
      return findFiles(entry);
    }
    Path folder = classOutputFolder(entry.replaceAll("/+$", ""));
    if (folder != null) {
      return folderFiles(folder, entry);
    }
    for (StandardLocation location : LOCATIONS) {
      try {
        FileObject file = filer.getResource(location, "", entry);
        try (InputStream in = file.openInputStream()) {
          return List.of(new Found(in.readAllBytes(), display(file.toUri()), entry));
        }
      } catch (IOException | RuntimeException e) {
        // not in this location (or a name the location cannot hold); javac wraps the file manager's exceptions
      }
    }
    return findFiles(entry);
  }

  /**
   * The folder of the class output on disk that a name gives ({@code components}, which Maven copied from
   * {@code src/main/resources}), or null. javac hands out no folder as a resource, so this asks for a file in it.
   */
  private Path classOutputFolder(String name) {
    try {
      URI inside = filer.getResource(StandardLocation.CLASS_OUTPUT, "", name + "/component.yaml").toUri();
      if (!"file".equals(inside.getScheme())) {
        return null;
      }
      Path folder = Path.of(inside).getParent();
      return Files.isDirectory(folder) ? folder : null;
    } catch (IOException | RuntimeException e) {
      return null;   // no such folder, or a name the class output cannot hold
    }
  }

  /** The file, or the {@code .yaml} and {@code .yml} files of the folder, an entry names. */
  List<Found> findFiles(String entry) throws NotFoundException {
    Path path = projectDir.resolve(entry).normalize();
    try {
      if (Files.isDirectory(path)) {
        return folderFiles(path, entry);
      }
      if (Files.isRegularFile(path)) {
        return List.of(read(path, entry));
      }
    } catch (java.io.UncheckedIOException e) {
      throw new NotFoundException("cannot read " + path + ": " + e.getMessage());
    }
    throw new NotFoundException("no component spec \"" + entry + "\": it is no resource on the class path (nor in"
        + " the class output, where Maven copies src/main/resources) and no file at " + path + "; put it in"
        + " src/main/resources, or give a path relative to " + projectDir + " (set it with -A"
        + StubProcessor.PROJECT_DIR_OPTION + "=DIR)");
  }

  /** The {@code .yaml} and {@code .yml} files of a folder, in name order, each with the entry's path as origin. */
  private static List<Found> folderFiles(Path folder, String entry) throws NotFoundException {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
          .filter(Files::isRegularFile).sorted().toList();
    } catch (java.io.UncheckedIOException | IOException e) {
      throw new NotFoundException("cannot read " + folder + ": " + e.getMessage());
    }
    if (files.isEmpty()) {
      throw new NotFoundException("component folder " + folder + " holds no .yaml or .yml file");
    }
    String prefix = entry.endsWith("/") ? entry : entry + "/";
    try {
      return files.stream().map(f -> read(f, prefix + f.getFileName())).toList();
    } catch (java.io.UncheckedIOException e) {
      throw new NotFoundException("cannot read a file of " + folder + ": " + e.getMessage());
    }
  }

  private static Found read(Path file, String origin) {
    try {
      return new Found(Files.readAllBytes(file), file.toString(), origin);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String display(URI uri) {
    try {
      return "file".equals(uri.getScheme()) ? Path.of(uri).toString() : uri.toString();
    } catch (IllegalArgumentException e) {
      return uri.toString();
    }
  }
}
