package io.kfp4j.images;

import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import io.kfp4j.runtime.internal.layout.ProjectResources;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The application layers of a project's image, in jib's layout and order: {@code dependencies} and
 * {@code snapshot dependencies} (jars in {@code /app/libs}), {@code resources} ({@code /app/resources}) and
 * {@code classes} ({@code /app/classes}). Each file gets jib's fixed time and permissions, so that the same files
 * give the same layers; empty layers are left out. A code change touches the classes layer only.
 *
 * <p>The processor's {@code META-INF/kfp4j/components/} files are left out: the launcher does not read them, and
 * they are rewritten with the image's digest after the build, which must not change the next build.
 */
final class AppLayers {
  static final String LIBS = "/app/libs";
  static final String RESOURCES = "/app/resources";
  static final String CLASSES = "/app/classes";
  /** The component specs, pinned after the build and kept out of the image. */
  static final String COMPONENTS = ProjectResources.COMPONENTS;
  /** Packages of kfp4j's build-time modules, left out when they come as folders (a reactor build). */
  private static final List<String> BUILD_TIME_PACKAGES =
      ProjectClasspath.BUILD_TIME_MODULES.stream().map(m -> "io/kfp4j/" + m + "/").toList();

  private AppLayers() {}

  /** A file of the class folders that goes into the image, by its path relative to its folder. */
  record AppFile(Path path, String relative) {
    boolean isClass() {
      return relative.endsWith(".class");
    }
  }

  /** The layers of a classpath, empty ones left out. */
  static List<FileEntriesLayer> of(ProjectClasspath classpath) {
    FileEntriesLayer.Builder resources = FileEntriesLayer.builder().setName("resources");
    FileEntriesLayer.Builder classes = FileEntriesLayer.builder().setName("classes");
    for (AppFile file : appFiles(classpath)) {
      (file.isClass() ? classes : resources).addEntry(file.path(), AbsoluteUnixPath.get((file.isClass() ? CLASSES
          : RESOURCES) + "/" + file.relative()));
    }
    List<FileEntriesLayer.Builder> builders = new ArrayList<>(dependencies(classpath, LIBS, null));
    builders.add(resources);
    builders.add(classes);
    return nonEmpty(builders);
  }

  /**
   * The layers of an image with a class data archive: the dependencies in {@code /app/deps}, the classes and
   * resources as {@link AppJar} ({@code /app/libs/kfp4j.jar}, written into {@code work}) in the classes layer.
   */
  static List<FileEntriesLayer> forClassDataSharing(ProjectClasspath classpath, Path work) {
    List<String> names = new ArrayList<>();
    List<FileEntriesLayer.Builder> builders = new ArrayList<>(dependencies(classpath, AppJar.DEPS, names));
    Path jar = work.resolve("kfp4j.jar");
    AppJar.write(classpath, names, jar);
    builders.add(FileEntriesLayer.builder().setName("classes").addEntry(jar, AbsoluteUnixPath.get(AppJar.PATH)));
    return nonEmpty(builders);
  }

  /** The {@code dependencies} and {@code snapshot dependencies} layers, jars in {@code folder}; names collected. */
  private static List<FileEntriesLayer.Builder> dependencies(ProjectClasspath classpath, String folder,
      List<String> names) {
    FileEntriesLayer.Builder dependencies = FileEntriesLayer.builder().setName("dependencies");
    FileEntriesLayer.Builder snapshots = FileEntriesLayer.builder().setName("snapshot dependencies");
    Set<String> jarNames = new HashSet<>();
    for (Path jar : classpath.jars()) {
      String name = uniqueName(jar, jarNames);
      (name.contains("SNAPSHOT") ? snapshots : dependencies).addEntry(jar, AbsoluteUnixPath.get(folder + "/" + name));
      if (names != null) {
        names.add(name);
      }
    }
    return List.of(dependencies, snapshots);
  }

  private static List<FileEntriesLayer> nonEmpty(List<FileEntriesLayer.Builder> builders) {
    List<FileEntriesLayer> layers = new ArrayList<>();
    for (FileEntriesLayer.Builder builder : builders) {
      FileEntriesLayer layer = builder.build();
      if (!layer.getEntries().isEmpty()) {
        layers.add(layer);
      }
    }
    return List.copyOf(layers);
  }

  /**
   * The class folders' files that go into the image, folder by folder, sorted; the first of each relative path
   * wins; the component specs and kfp4j's build-time packages are left out.
   */
  static List<AppFile> appFiles(ProjectClasspath classpath) {
    List<AppFile> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Path folder : classpath.folders()) {
      for (Path file : files(folder)) {
        String relative = folder.relativize(file).toString().replace('\\', '/');
        if (relative.startsWith(COMPONENTS) || isBuildTime(relative) || !seen.add(relative)) {
          continue;
        }
        out.add(new AppFile(file, relative));
      }
    }
    return out;
  }

  private static boolean isBuildTime(String relative) {
    return BUILD_TIME_PACKAGES.stream().anyMatch(relative::startsWith);
  }

  /** The jar's file name, or, when an earlier jar has that name, the name with a hash of its content. */
  private static String uniqueName(Path jar, Set<String> taken) {
    String name = jar.getFileName().toString();
    if (taken.add(name)) {
      return name;
    }
    String base = name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name;
    String renamed = base + "-" + contentHash(jar) + ".jar";
    taken.add(renamed);
    return renamed;
  }

  private static String contentHash(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[65536];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        sha.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (IOException e) {
      throw new ImageBuildException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The regular files under a folder, sorted, so that layers do not depend on the file system's order. */
  private static List<Path> files(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new ImageBuildException("cannot read the classes folder " + folder + ": " + e.getMessage(), e);
    }
  }
}
