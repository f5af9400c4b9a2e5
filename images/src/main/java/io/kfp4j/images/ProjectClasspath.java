package io.kfp4j.images;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.runtime.internal.entry.ClasspathEntries;
import io.kfp4j.runtime.internal.entry.LauncherCommand;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/**
 * A project's runtime classpath, sorted for an image: folders of classes and resources, and jars. The jars of
 * kfp4j's build-time modules (sdk, images, cli, processor) are left out; kfp4j-launcher must be there.
 *
 * @param folders class output folders, in classpath order
 * @param jars dependency jars, in classpath order
 * @param leftOut the kfp4j build-time jars that were left out
 */
public record ProjectClasspath(List<Path> folders, List<Path> jars, List<Path> leftOut) {
  /** kfp4j modules that are only needed to build pipelines and images, never in a component's container. */
  static final List<String> BUILD_TIME_MODULES = List.of("sdk", "images", "cli", "processor");
  private static final Pattern BUILD_TIME_JAR =
      Pattern.compile("kfp4j-(" + String.join("|", BUILD_TIME_MODULES) + ")-.*\\.jar");
  private static final String LAUNCHER_CLASS = LauncherCommand.MAIN_CLASS.replace('.', '/') + ".class";

  public ProjectClasspath {
    folders = List.copyOf(folders);
    jars = List.copyOf(jars);
    leftOut = List.copyOf(leftOut);
  }

  /**
   * Reads a classpath text: entries separated by {@link File#pathSeparator}, {@code DIR/*} for every jar in DIR.
   *
   * @param text the classpath
   * @param workingDir where relative entries are resolved
   * @throws ImageBuildException when it is empty, an entry is missing, or kfp4j-launcher is not there
   */
  public static ProjectClasspath parse(String text, Path workingDir) {
    List<Path> entries = new ArrayList<>();
    for (String part : (text == null ? "" : text).split(Pattern.quote(File.pathSeparator))) {
      if (!part.isBlank()) {
        entries.addAll(expand(part.strip(), workingDir));
      }
    }
    return of(entries);
  }

  /**
   * Sorts classpath entries (folders and jars).
   *
   * @throws ImageBuildException when there are none, one is missing, or kfp4j-launcher is not there
   */
  public static ProjectClasspath of(List<Path> entries) {
    if (entries.isEmpty()) {
      throw new ImageBuildException(Kfp4jException.Kind.INVALID_INPUT, "the classpath is empty", "give the"
          + " project's classes folder and its runtime dependencies", Kfp4jException.facts(Kfp4jException.Fact.OPTION,
          "classpath"), null);
    }
    List<Path> folders = new ArrayList<>();
    List<Path> jars = new ArrayList<>();
    List<Path> leftOut = new ArrayList<>();
    for (Path entry : entries) {
      Path path = entry.toAbsolutePath().normalize();
      if (Files.isDirectory(path)) {
        folders.add(path);
      } else if (Files.isRegularFile(path)) {
        (BUILD_TIME_JAR.matcher(path.getFileName().toString()).matches() ? leftOut : jars).add(path);
      } else {
        throw new ImageBuildException("classpath entry " + entry + " does not exist; build the project first"
            + " (mvn package) or fix the classpath");
      }
    }
    ProjectClasspath classpath = new ProjectClasspath(folders, jars, leftOut);
    if (!classpath.hasLauncher()) {
      throw new ImageBuildException("the classpath has no kfp4j launcher (" + LAUNCHER_CLASS.replace('/', '.')
          + "), which every component's container starts; add kfp4j-launcher to the project's dependencies and"
          + " its jar to the classpath");
    }
    return classpath;
  }

  /** Whether a folder or jar holds the launcher's main class. */
  private boolean hasLauncher() {
    if (folders.stream().anyMatch(f -> Files.isRegularFile(f.resolve(LAUNCHER_CLASS)))) {
      return true;
    }
    if (jars.stream().anyMatch(j -> j.getFileName().toString().startsWith("kfp4j-launcher-"))) {
      return true;
    }
    for (Path jar : jars) {
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        if (zip.getEntry(LAUNCHER_CLASS) != null) {
          return true;
        }
      } catch (IOException e) {
        throw new ImageBuildException("classpath entry " + jar + " is not a readable jar: " + e.getMessage(), e);
      }
    }
    return false;
  }

  private static List<Path> expand(String part, Path workingDir) {
    try {
      return ClasspathEntries.expand(part, workingDir);
    } catch (IllegalArgumentException e) {
      throw new ImageBuildException(e.getMessage(), e);
    }
  }

}
