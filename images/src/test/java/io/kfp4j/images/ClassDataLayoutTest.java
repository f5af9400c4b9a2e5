package io.kfp4j.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FileEntry;
import io.kfp4j.images.internal.ComponentPinning;
import io.kfp4j.runtime.internal.entry.LauncherCommand;
import io.kfp4j.runtime.spec.Arg;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.Implementation;
import io.kfp4j.runtime.yaml.ComponentLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An image with a class data archive: the classes and resources in {@code /app/libs/kfp4j.jar} (alone there, so the
 * component's classpath has one order), the dependencies in {@code /app/deps} named by its {@code Class-Path}; the
 * pinned specs start the launcher from the archive. Making the archive needs the Docker daemon: see
 * {@code e2e.ImageEndToEndTest}.
 */
class ClassDataLayoutTest {
  @TempDir
  Path work;

  @Test
  void classesInOneJarWhoseClassPathNamesTheDependenciesInOrder() throws Exception {
    Path project = TestProjects.project(work.resolve("project"));
    Path out = Files.createDirectories(work.resolve("out"));
    List<FileEntriesLayer> layers = AppLayers.forClassDataSharing(TestProjects.classpath(project), out);

    List<String> names = new ArrayList<>();
    layers.forEach(l -> names.add(l.getName()));
    assertEquals(List.of("dependencies", "snapshot dependencies", "classes"), names);
    assertEquals(List.of("/app/deps/jackson-core-2.22.3.jar"), files(layers.get(0)));
    assertEquals(List.of("/app/deps/kfp4j-launcher-0.1.0-SNAPSHOT.jar", "/app/deps/mylib-1.0-SNAPSHOT.jar"),
        sorted(files(layers.get(1))));
    assertEquals(List.of("/app/libs/kfp4j.jar"), files(layers.get(2)));

    try (JarFile jar = new JarFile(out.resolve("kfp4j.jar").toFile())) {
      String classPath = jar.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
      List<String> expected = new ArrayList<>();
      for (Path lib : TestProjects.classpath(project).jars()) {
        expected.add("../deps/" + lib.getFileName());
      }
      assertEquals(String.join(" ", expected), classPath, "the project's jars, in its order");
      List<String> entries = new ArrayList<>();
      jar.stream().forEach(e -> entries.add(e.getName()));
      List<String> expectedEntries = new ArrayList<>(List.of("META-INF/MANIFEST.MF", "com/", "com/example/",
          "com/example/calc/", "app.properties"));
      expectedEntries.addAll(TestProjects.CALC_CLASSES);
      assertEquals(expectedEntries, entries, "no component spec: they are pinned after the build");
    }
  }

  @Test
  void theSameFilesGiveTheSameJar() throws Exception {
    Path project = TestProjects.project(work.resolve("project"));
    Path one = Files.createDirectories(work.resolve("one"));
    Path two = Files.createDirectories(work.resolve("two"));
    AppLayers.forClassDataSharing(TestProjects.classpath(project), one);
    Files.setLastModifiedTime(project.resolve("classes/com/example/calc/Calc.class"),
        java.nio.file.attribute.FileTime.fromMillis(123_000));
    AppLayers.forClassDataSharing(TestProjects.classpath(project), two);
    assertArrayEquals(Files.readAllBytes(one.resolve("kfp4j.jar")), Files.readAllBytes(two.resolve("kfp4j.jar")));
  }

  @Test
  void pinnedSpecsStartTheLauncherFromTheArchiveOnlyWhenTheImageHasOne() {
    ComponentSpec spec = ComponentLoader.standard().fromText(TestProjects.ADD_YAML).spec();
    List<String> shared = command(ComponentPinning.withArchive(spec, true));
    assertEquals(List.of("java", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Xshare:auto",
        LauncherCommand.ARCHIVE_OPTION, "-cp", LauncherCommand.IMAGE_CLASSPATH, LauncherCommand.MAIN_CLASS,
        "com.example.calc.Calc#add"),
        shared);
    ComponentSpec twice = ComponentPinning.withArchive(ComponentPinning.withArchive(spec, true), true);
    assertEquals(shared, command(twice), "added once");
    assertEquals(command(spec), command(ComponentPinning.withArchive(twice, false)), "removed by a build without");

    ComponentSpec other = ComponentLoader.standard().fromText(TestProjects.ADD_YAML.replace(
        "io.kfp4j.launcher.Launcher", "com.example.Main")).spec();
    assertEquals(command(other), command(ComponentPinning.withArchive(other, true)), "not the launcher: unchanged");
  }

  @Test
  void aMissingClassListIsSaidBeforeAnythingIsBuilt() throws Exception {
    ComponentImage image = ComponentImage.of(TestProjects.classpath(TestProjects.project(work.resolve("project"))))
        .withTarget(new ImageLocation.Tar(work.resolve("image.tar")))
        .withClassDataSharing(work.resolve("none.classlist"));
    ImageBuildException e = org.junit.jupiter.api.Assertions.assertThrows(ImageBuildException.class, image::build);
    assertTrue(e.getMessage().startsWith("the class list " + work.resolve("none.classlist") + " does not exist"),
        e.getMessage());
    assertFalse(Files.exists(work.resolve("image.tar")));
  }

  private static List<String> command(ComponentSpec spec) {
    List<String> out = new ArrayList<>();
    for (Arg arg : ((Implementation.Container) spec.implementation()).container().command()) {
      out.add(((Arg.Literal) arg).value());
    }
    return out;
  }

  private static List<String> files(FileEntriesLayer layer) {
    List<String> out = new ArrayList<>();
    for (FileEntry entry : layer.getEntries()) {
      out.add(entry.getExtractionPath().toString());
    }
    return out;
  }

  private static List<String> sorted(List<String> list) {
    List<String> copy = new ArrayList<>(list);
    Collections.sort(copy);
    return copy;
  }
}
