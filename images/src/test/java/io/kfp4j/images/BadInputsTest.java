package io.kfp4j.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that cannot work fail at once, with a message that names the fix. */
class BadInputsTest {
  @TempDir
  Path work;

  private ComponentImage image() throws IOException {
    return ComponentImage.of(TestProjects.classpath(TestProjects.project(work.resolve("project"))))
        .withCache(work.resolve("cache"));
  }

  private static ImageBuildException fails(Executable build, String... words) {
    ImageBuildException e = assertThrows(ImageBuildException.class, build);
    for (String word : words) {
      assertTrue(e.getMessage().contains(word), "\"" + word + "\" in: " + e.getMessage());
    }
    return e;
  }

  /** The setting a front end names in its own way, as the exception's facts say it. */
  private static void option(ImageBuildException e, String option) {
    assertEquals(java.util.Optional.of(option), e.fact(io.kfp4j.runtime.Kfp4jException.Fact.OPTION), e.getMessage());
    assertTrue(!e.getMessage().contains("--"), "no command-line flag in: " + e.getMessage());
  }

  @Test
  void missingBaseTar() throws IOException {
    ComponentImage image = image().withBase(ImageLocation.parse("tar://" + work.resolve("nope.tar")))
        .withTarget(new ImageLocation.Tar(work.resolve("out.tar")));
    fails(image::build, "nope.tar does not exist", "docker save");
  }

  @Test
  void emptyClasspath() {
    option(fails(() -> ProjectClasspath.parse("", work), "classpath is empty", "runtime dependencies"), "classpath");
    fails(() -> ProjectClasspath.of(List.of()), "classpath is empty");
  }

  @Test
  void missingEntryAndMissingLauncher() throws IOException {
    fails(() -> ProjectClasspath.parse("nothing-here", work), "nothing-here does not exist");
    Path classes = Files.createDirectories(work.resolve("only-classes"));
    fails(() -> ProjectClasspath.parse(classes.toString(), work), "no kfp4j launcher", "kfp4j-launcher");
  }

  @Test
  void unwritableTarget() throws Exception {
    Path base = TestProjects.baseTar(Files.createDirectories(work.resolve("base")));
    Path locked = Files.createDirectories(work.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      if (Files.isWritable(locked)) {
        return; // running as root: permissions do not stop it; the folder case below still runs
      }
      ComponentImage image = image().withBase(new ImageLocation.Tar(base))
          .withTarget(new ImageLocation.Tar(locked.resolve("image.tar")));
      fails(image::build, "cannot write the image tar", "permission denied");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void targetIsAFolderOrUnderAFile() throws Exception {
    Path base = TestProjects.baseTar(Files.createDirectories(work.resolve("base")));
    Path folder = Files.createDirectories(work.resolve("a-folder"));
    fails(image().withBase(new ImageLocation.Tar(base)).withTarget(new ImageLocation.Tar(folder))::build,
        "it is a folder");
    Path file = Files.writeString(work.resolve("a-file"), "x");
    fails(image().withBase(new ImageLocation.Tar(base)).withTarget(new ImageLocation.Tar(file.resolve("i.tar")))
        ::build, "cannot create the folder");
  }

  @Test
  void localRegistryNeedsInsecure() throws IOException {
    ComponentImage image = image().withBase(new ImageLocation.Tar(work.resolve("x.tar")))
        .withTarget(ImageLocation.parse("127.0.0.1:5999/team/calc"));
    option(fails(image.withBase(ImageLocation.parse("127.0.0.1:5999/base:1"))::build, "on this machine",
        "insecure(true)"), "insecure");
  }

  @Test
  void unreachableRegistry() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    ComponentImage image = image().withBase(ImageLocation.parse("127.0.0.1:" + port + "/base:1")).withInsecure(true);
    fails(image::build, "cannot reach the base image registry 127.0.0.1:" + port, "start the registry");
  }

  @Test
  void badLocations() {
    fails(() -> ImageLocation.parse(" "), "empty");
    fails(() -> ImageLocation.parse("docker://"), "names no image");
    fails(() -> RegistryAccess.reference("Not A Ref", "target"), "not an image reference");
  }
}
