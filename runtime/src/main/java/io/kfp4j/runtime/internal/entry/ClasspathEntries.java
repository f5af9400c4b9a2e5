package io.kfp4j.runtime.internal.entry;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Reads one part of a classpath as {@code java} does: a folder or jar, or {@code DIR/*} for the jars in DIR. */
public final class ClasspathEntries {
  private ClasspathEntries() {}

  /**
   * The paths one part stands for, resolved against {@code workingDir}; the jars of a {@code DIR/*} sorted by name.
   * A plain part is returned whether it exists or not.
   *
   * @throws IllegalArgumentException naming the part for an invalid path or a wildcard on a missing folder
   */
  public static List<Path> expand(String part, Path workingDir) {
    boolean wildcard = part.equals("*") || part.endsWith("/*") || part.endsWith(File.separator + "*");
    String pathText = wildcard ? part.substring(0, part.length() - 1) : part;
    Path path;
    try {
      path = workingDir.resolve(pathText.isEmpty() ? "." : pathText).normalize();
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("classpath entry \"" + part + "\" is not a valid path: " + e.getMessage(), e);
    }
    if (!wildcard) {
      return List.of(path);
    }
    if (!Files.isDirectory(path)) {
      throw new IllegalArgumentException("classpath entry " + part + ": there is no folder " + path);
    }
    try (Stream<Path> files = Files.list(path)) {
      return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar"))
          .filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new IllegalArgumentException("classpath entry " + part + ": cannot list " + path + ": " + e.getMessage(), e);
    }
  }
}
