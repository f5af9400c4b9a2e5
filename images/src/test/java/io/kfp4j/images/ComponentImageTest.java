package io.kfp4j.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kfp4j.images.internal.ComponentPinning;
import io.kfp4j.runtime.internal.entry.LauncherCommand;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.yaml.ComponentLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds to a tar from a base tar made here: layers, config, layer reuse and reproducibility, offline. */
class ComponentImageTest {
  @TempDir
  static Path shared;
  static Path baseTar;

  @TempDir
  Path work;

  @BeforeAll
  static void base() throws Exception {
    baseTar = TestProjects.baseTar(shared);
  }

  private ComponentImage build(Path project, Path tar) {
    return ComponentImage.of(TestProjects.classpath(project))
        .withBase(new ImageLocation.Tar(baseTar))
        .withTarget(new ImageLocation.Tar(tar))
        .withName("kfp4j-test/calc:1")
        .withCache(work.resolve("cache"));
  }

  @Test
  void layersInJibsOrderWithTheRightFiles() throws Exception {
    Path project = TestProjects.project(work.resolve("project"));
    BuiltImage built = build(project, work.resolve("out/image.tar")).build();
    ImageTar image = ImageTar.read(work.resolve("out/image.tar"));

    assertEquals(5, image.diffIds().size(), "base + dependencies, snapshot dependencies, resources, classes");
    assertEquals(List.of("/etc/base.txt"), image.layerFiles().get(0));
    assertEquals(List.of("/app/libs/jackson-core-2.22.3.jar"), image.layerFiles().get(1));
    assertEquals(List.of("/app/libs/kfp4j-launcher-0.1.0-SNAPSHOT.jar", "/app/libs/mylib-1.0-SNAPSHOT.jar"),
        sorted(image.layerFiles().get(2)));
    assertEquals(List.of("/app/resources/app.properties"),
        sorted(image.layerFiles().get(3)), "component specs stay out: they are pinned after the build");
    assertEquals(TestProjects.CALC_CLASSES.stream().map(c -> "/app/classes/" + c).toList(),
        sorted(image.layerFiles().get(4)));
    assertEquals(List.of(project.resolve("libs/kfp4j-sdk-0.1.0-SNAPSHOT.jar")), built.leftOut());

    JsonNode config = image.containerConfig();
    assertEquals("/app", config.get("WorkingDir").asText());
    List<String> env = new ArrayList<>();
    config.get("Env").forEach(e -> env.add(e.asText()));
    assertEquals(List.of("BASE_VAR=yes", "PATH=/opt/java/bin:/bin"), sorted(env), "the base's env, nothing added");
    List<String> entrypoint = new ArrayList<>();
    config.get("Entrypoint").forEach(e -> entrypoint.add(e.asText()));
    assertEquals("java", entrypoint.get(0));
    assertEquals(LauncherCommand.IMAGE_CLASSPATH, entrypoint.get(entrypoint.indexOf("-cp") + 1));
    assertEquals(LauncherCommand.MAIN_CLASS, entrypoint.get(entrypoint.size() - 1));
    assertTrue(config.get("Cmd") == null || config.get("Cmd").isNull() || config.get("Cmd").isEmpty(),
        "no arguments: the component key comes from the task: " + config.get("Cmd"));
    assertEquals("1970-01-01T00:00:00Z", image.config().get("created").asText());

    assertTrue(built.digest().matches("sha256:[0-9a-f]{64}"), built.digest());
    assertEquals("kfp4j-test/calc@" + built.digest(), built.pinned());
  }

  @Test
  void sameInputsSameDigest() throws Exception {
    Path project = TestProjects.project(work.resolve("project"));
    BuiltImage first = build(project, work.resolve("a.tar")).build();
    BuiltImage second = build(project, work.resolve("b.tar")).withCache(work.resolve("other-cache")).build();
    assertEquals(first.digest(), second.digest());
    assertEquals(first.imageId(), second.imageId());
    assertEquals(-1, Files.mismatch(work.resolve("a.tar"), work.resolve("b.tar")), "byte-identical tars");
  }

  @Test
  void changingOneClassChangesOnlyTheClassesLayer() throws Exception {
    Path project = TestProjects.project(work.resolve("project"));
    BuiltImage before = build(project, work.resolve("before.tar")).build();
    TestProjects.write(project.resolve("classes/com/example/calc/Calc.class"), "calc v2");
    BuiltImage after = build(project, work.resolve("after.tar")).build();

    List<String> a = ImageTar.read(work.resolve("before.tar")).diffIds();
    List<String> b = ImageTar.read(work.resolve("after.tar")).diffIds();
    assertEquals(a.subList(0, 4), b.subList(0, 4), "base, dependencies, snapshots and resources are reused");
    assertNotEquals(a.get(4), b.get(4), "the classes layer is new");
    assertNotEquals(before.digest(), after.digest());
  }

  @Test
  void pinsTheComponentSpecsByDigest() throws Exception {
    Path project = TestProjects.project(work.resolve("project"));
    Path out = work.resolve("pinned");
    BuiltImage built = build(project, work.resolve("image.tar")).withComponentsOut(out).withPinInPlace(true).build();

    String written = Files.readString(out.resolve("add.component.yaml"));
    assertEquals(TestProjects.ADD_YAML.replace("image: kfp4j/components:latest", "image: " + built.pinned()), written,
        "only the image changed");
    ComponentSpec original = ComponentLoader.standard().fromText(TestProjects.ADD_YAML).spec();
    assertEquals(ComponentPinning.withImage(original, built.pinned()),
        ComponentLoader.standard().fromText(written).spec());
    assertEquals(written, Files.readString(project.resolve("classes/META-INF/kfp4j/components/add.component.yaml")));
    assertEquals(2, built.components().size());

    BuiltImage again = build(project, work.resolve("again.tar")).build();
    assertEquals(built.digest(), again.digest(), "pinning in place does not change the next build");
  }

  private static List<String> sorted(List<String> list) {
    return list.stream().sorted().toList();
  }
}
