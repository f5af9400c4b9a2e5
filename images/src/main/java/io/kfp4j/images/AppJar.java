package io.kfp4j.images;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * The project's classes and resources as one jar, {@code /app/libs/kfp4j.jar}, for an image with a class data
 * archive: JDK 17 archives classes from jars only, and checks that the classpath is the one it was dumped with, in
 * its order. Being the only jar in {@code /app/libs}, it keeps the component's classpath
 * ({@code /app/resources:/app/classes:/app/libs/*}, the folders absent) in one order whatever the file system
 * lists first; its manifest's {@code Class-Path} names the dependencies in {@code /app/deps} in the project's order.
 * The same files give the same bytes (sorted entries, a fixed time), so the same inputs give the same layer.
 */
final class AppJar {
  /** The jar's path in the image. */
  static final String PATH = AppLayers.LIBS + "/kfp4j.jar";
  /** Where the dependencies go in such an image. */
  static final String DEPS = "/app/deps";
  private static final FileTime TIME = FileTime.from(Instant.parse("1980-01-01T00:00:02Z"));

  private AppJar() {}

  /**
   * Writes the jar: every file of the class folders (the first of each path wins) but the component specs and
   * kfp4j's build-time packages, as {@link AppLayers} leaves them out.
   *
   * @param classpath the project's classpath
   * @param dependencyNames the dependencies' file names in {@link #DEPS}, in the project's order
   * @param jar where to write it
   */
  static void write(ProjectClasspath classpath, List<String> dependencyNames, Path jar) {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (!dependencyNames.isEmpty()) {
      StringBuilder classPath = new StringBuilder();
      for (String name : dependencyNames) {
        classPath.append(classPath.length() == 0 ? "" : " ").append("../deps/").append(name);
      }
      manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath.toString());
    }
    Set<String> seen = new HashSet<>();
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
      ZipEntry manifestEntry = entry("META-INF/MANIFEST.MF");
      zip.putNextEntry(manifestEntry);
      manifest.write(zip);
      zip.closeEntry();
      seen.add("META-INF/MANIFEST.MF");
      TreeSet<String> folders = new TreeSet<>();
      List<AppLayers.AppFile> files = AppLayers.appFiles(classpath);
      for (AppLayers.AppFile file : files) {
        for (int slash = file.relative().indexOf('/'); slash > 0; slash = file.relative().indexOf('/', slash + 1)) {
          folders.add(file.relative().substring(0, slash + 1));
        }
      }
      for (String folder : folders) {
        if (seen.add(folder)) {
          zip.putNextEntry(entry(folder));
          zip.closeEntry();
        }
      }
      for (AppLayers.AppFile file : files) {
        if (seen.add(file.relative())) {
          zip.putNextEntry(entry(file.relative()));
          Files.copy(file.path(), zip);
          zip.closeEntry();
        }
      }
    } catch (IOException e) {
      throw new ImageBuildException("cannot write the application jar " + jar + ": " + e.getMessage(), e);
    }
  }

  private static ZipEntry entry(String name) {
    ZipEntry entry = new ZipEntry(name);
    entry.setLastModifiedTime(TIME);
    return entry;
  }
}
