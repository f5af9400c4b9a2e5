package io.kfp4j.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated factory loads its component.yaml from its own jar or folder: a dependency's component whose file is
 * named as one of the project's ({@code META-INF/kfp4j/components/train.component.yaml} in both) keeps its own spec.
 */
class ComponentResourceTest {
  private static final String RESOURCE = "META-INF/kfp4j/components/train.component.yaml";

  /** Stands for a generated factory class: copied into one of the class path's folders. */
  static final class Anchor {}

  @TempDir
  Path tmp;

  @Test
  void theAnchorsOwnFolderWinsOverAnEarlierOneOnTheClassPath() throws Exception {
    Path project = folder("project", "Project train");
    Path dependency = folder("dependency", "Dependency train");
    copyAnchorInto(dependency);
    assertEquals("Dependency train", nameReadBy(project, dependency));
  }

  @Test
  void theAnchorsOwnJarWinsToo() throws Exception {
    Path project = folder("project", "Project train");
    Path dependency = folder("dependency", "Dependency train");
    copyAnchorInto(dependency);
    Path jar = tmp.resolve("dependency.jar");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar));
        var files = Files.walk(dependency)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new java.util.zip.ZipEntry(dependency.relativize(file).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    assertEquals("Dependency train", nameReadBy(project, jar));
  }

  @Test
  void elsewhereTheFirstOnTheClassPath() throws Exception {
    Path first = folder("first", "First train");
    Path second = folder("second", "Second train");
    Path classes = Files.createDirectories(tmp.resolve("classes"));
    copyAnchorInto(classes);
    assertEquals("First train", nameReadBy(classes, first, second));
  }

  private Path folder(String name, String componentName) throws IOException {
    Path spec = tmp.resolve(name).resolve(RESOURCE);
    Files.createDirectories(spec.getParent());
    Files.writeString(spec, "name: " + componentName + "\nimplementation:\n  container: {image: busybox}\n");
    return tmp.resolve(name);
  }

  private static void copyAnchorInto(Path folder) throws IOException {
    String file = Anchor.class.getName().replace('.', '/') + ".class";
    Path target = folder.resolve(file);
    Files.createDirectories(target.getParent());
    try (InputStream in = ComponentResourceTest.class.getClassLoader().getResourceAsStream(file)) {
      Files.write(target, in.readAllBytes());
    }
  }

  /** The name of the component the anchor reads, with this class path. */
  private static String nameReadBy(Path... classPath) throws Exception {
    URL[] urls = new URL[classPath.length];
    for (int i = 0; i < classPath.length; i++) {
      urls[i] = classPath[i].toUri().toURL();
    }
    try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
      return ComponentDefinition.fromResource(loader.loadClass(Anchor.class.getName()), RESOURCE).name();
    }
  }
}
