package io.kfp4j.tooling.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import io.kfp4j.images.ComponentImage;
import io.kfp4j.images.ImageLocation;
import io.kfp4j.images.ProjectClasspath;
import io.kfp4j.runtime.yaml.ComponentLoader;
import io.kfp4j.runtime.yaml.ComponentWriter;
import io.kfp4j.tooling.ToolingException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An image build leaves a pin that later compiles apply while the classes are the image's, and take back when they
 * are not. The images are tars on a base tar made here: no registry, no daemon.
 */
class ProjectImageTest {
  private static final String LATEST = "kfp4j/components:latest";
  private static final String ADD_YAML = """
      name: Add
      inputs:
      - {name: a, type: Float}
      - {name: b, type: Float}
      outputs:
      - {name: Output, type: Float}
      implementation:
        container:
          image: kfp4j/components:latest
          command: [java, -cp, '/app/resources:/app/classes:/app/libs/*', io.kfp4j.launcher.Launcher,
            com.example.Calc#add]
          args: [--a, {inputValue: a}, --b, {inputValue: b}, --out-Output, {outputPath: Output}]
      """;

  @TempDir
  Path dir;

  private Path classes;
  private Path spec;
  private String original;
  private Path pinFile;
  private ProjectClasspath classpath;

  @BeforeEach
  void project() throws Exception {
    classes = dir.resolve("classes");
    write(classes.resolve("com/example/Calc.class"), "calc v1");
    spec = write(classes.resolve("META-INF/kfp4j/components/add.component.yaml"), ADD_YAML);
    // as the processor writes it: through the runtime's writer, as pins are written
    ComponentWriter.save(ComponentLoader.standard().fromFile(spec).spec(), spec);
    original = Files.readString(spec);
    Path launcher = dir.resolve("libs/kfp4j-launcher-0.1.0-SNAPSHOT.jar");
    Files.createDirectories(launcher.getParent());
    try (OutputStream out = Files.newOutputStream(launcher); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("io/kfp4j/launcher/Launcher.class"));
      zip.closeEntry();
    }
    classpath = ProjectClasspath.of(List.of(classes, launcher));
    pinFile = dir.resolve("target/kfp4j/image.properties");
  }

  private ComponentImage image() throws Exception {
    Path base = dir.resolve("base.tar");
    if (!Files.exists(base)) {
      Path file = write(dir.resolve("base.txt"), "base\n");
      Jib.fromScratch()
          .addFileEntriesLayer(FileEntriesLayer.builder().addEntry(file, AbsoluteUnixPath.get("/etc/base.txt")).build())
          .containerize(Containerizer.to(TarImage.at(base).named("kfp4j-test/base:1"))
              .setBaseImageLayersCache(dir.resolve("cache/base")).setApplicationLayersCache(dir.resolve("cache/app")));
    }
    return ComponentImage.of(classpath).withBase(new ImageLocation.Tar(base))
        .withTarget(new ImageLocation.Tar(dir.resolve("image.tar"))).withCache(dir.resolve("cache"));
  }

  @Test
  void aBuildPinsTheSpecsInTheClassesAndRecordsThePin() throws Exception {
    ProjectImage.Built built = ProjectImage.build(image(), pinFile);
    String pinned = built.image().pinned();
    assertTrue(pinned.matches("kfp4j/components@sha256:[0-9a-f]{64}"), pinned);
    assertEquals(original.replace("image: " + LATEST, "image: " + pinned), Files.readString(spec));
    ImagePin pin = ImagePin.read(pinFile).orElseThrow();
    assertEquals(pinned, pin.pinned());
    assertEquals(Map.of("add.component.yaml", LATEST), pin.originals());
    assertEquals(ClasspathFingerprint.of(classpath), pin.fingerprint());
    assertTrue(pin.pullable());
  }

  @Test
  void aRebuildOfTheSameClassesGivesTheSameImageAndKeepsTheSpecsOwnImage() throws Exception {
    String first = ProjectImage.build(image(), pinFile).image().digest();
    ProjectImage.Built second = ProjectImage.build(image(), pinFile);
    assertEquals(first, second.image().digest(), "the pinned spec in the classes is not part of the image");
    assertEquals(Map.of("add.component.yaml", LATEST), second.pin().originals());
  }

  @Test
  void aCompileRepinsSpecsTheProcessorWroteAgain() throws Exception {
    String pinned = ProjectImage.build(image(), pinFile).image().pinned();
    Files.writeString(spec, original);   // mvn compile with nothing changed in the code
    PinState state = ProjectImage.prepareCompile(pinFile, List.of(classes), () -> classpath);
    assertEquals(pinned, assertInstanceOf(PinState.Current.class, state).pin().pinned());
    assertTrue(Files.readString(spec).contains("image: " + pinned));
  }

  @Test
  void changedClassesMakeThePinStaleAndTheSpecsGetTheirOwnImageBack() throws Exception {
    ProjectImage.build(image(), pinFile);
    write(classes.resolve("com/example/Calc.class"), "calc v2");
    PinState state = ProjectImage.prepareCompile(pinFile, List.of(classes), () -> classpath);
    PinState.Stale stale = assertInstanceOf(PinState.Stale.class, state);
    assertTrue(stale.reason().startsWith("the classes or dependencies changed since it was built"), stale.reason());
    assertEquals(original, Files.readString(spec));
  }

  @Test
  void withoutAPinTheSpecsStayAsTheyAre() throws Exception {
    PinState state = ProjectImage.prepareCompile(pinFile, List.of(classes), () -> classpath);
    assertInstanceOf(PinState.None.class, state);
    assertEquals(original, Files.readString(spec));
  }

  @Test
  void theFingerprintIgnoresTheSpecsButNotTheClassesOrJars() throws Exception {
    String before = ClasspathFingerprint.of(classpath);
    Files.writeString(spec, original.replace(LATEST, "other:1"));
    assertEquals(before, ClasspathFingerprint.of(classpath));
    write(classes.resolve("com/example/Other.class"), "new");
    String withClass = ClasspathFingerprint.of(classpath);
    assertNotEquals(before, withClass);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(classpath.jars().get(0)))) {
      zip.putNextEntry(new ZipEntry("io/kfp4j/launcher/Launcher.class"));
      zip.write(1);
      zip.closeEntry();
    }
    assertNotEquals(withClass, ClasspathFingerprint.of(classpath));
  }

  @Test
  void aDaemonPinIsNotPullable() {
    ImagePin pin = new ImagePin("sha256:abc", "calc:1", "docker://calc:1", "sha256:f", java.time.Instant.EPOCH,
        Map.of());
    assertEquals(false, pin.pullable());
  }

  @Test
  void aPinFileWithoutAFieldNamesTheFileAndTheFix() throws Exception {
    write(pinFile, "pinned=x@sha256:1\n");
    ToolingException e = assertThrows(ToolingException.class, () -> ImagePin.read(pinFile));
    assertEquals("the image pin " + pinFile + " has no name; delete it and build the image again", e.getMessage());
    assertEquals(Optional.empty(), ImagePin.read(dir.resolve("none.properties")));
  }

  private static Path write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
