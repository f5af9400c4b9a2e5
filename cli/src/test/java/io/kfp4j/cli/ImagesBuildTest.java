package io.kfp4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kfp4j images build}, offline: a base tar made here, a tar target, the pinned reference printed. */
class ImagesBuildTest {
  @TempDir
  Path work;

  @Test
  void buildsToATarAndPrintsThePinnedReference() throws Exception {
    Path base = TestBaseImage.tarIn(work);
    Path classes = project();
    Path out = work.resolve("components");
    CliRun run = CliRun.run("images", "build", "--classpath", classes + ":" + work.resolve("libs") + "/*",
        "--base", "tar://" + base, "--to", "tar://" + work.resolve("image.tar"), "--name", "team/calc:1",
        "--cache", work.resolve("cache").toString(), "--components-out", out.toString());

    assertEquals(0, run.exitCode(), run.describe());
    String pinned = run.out().strip();
    assertTrue(pinned.matches("team/calc@sha256:[0-9a-f]{64}"), run.describe());
    assertTrue(run.err().contains("built team/calc:1 (digest sha256:"), run.describe());
    assertTrue(Files.readString(out.resolve("add.component.yaml")).contains("image: " + pinned), run.describe());
    assertTrue(Files.size(work.resolve("image.tar")) > 0);
  }

  @Test
  void missingBaseIsAFailureNamingTheFix() throws Exception {
    Path classes = project();
    CliRun run = CliRun.run("images", "build", "--classpath", classes + ":" + work.resolve("libs") + "/*",
        "--base", "tar://" + work.resolve("no-base.tar"), "--to", "tar://" + work.resolve("image.tar"));
    assertEquals(ExitCodes.FAILED, run.exitCode(), run.describe());
    assertTrue(run.err().startsWith("kfp4j: the base image tar "), run.describe());
    assertTrue(run.err().contains("docker save"), run.describe());
    assertTrue(run.err().contains("or choose another base image with --base REF, docker://REF or tar://PATH"),
        run.describe());
  }

  @Test
  void missingOptionsAreUsageErrors() {
    // --classpath may only be left out inside a Maven project
    Path outside = CompileTest.outsideAProject(work);
    CliRun run = CliRun.in(outside, "images", "build", "--to", "tar://x.tar");
    assertEquals(ExitCodes.USAGE, run.exitCode(), run.describe());
    assertTrue(run.err().startsWith("kfp4j: Missing --classpath: " + outside + " is not in a Maven project"),
        run.describe());
    CliRun noTarget = CliRun.in(outside, "images", "build", "--classpath", "x");
    assertEquals(ExitCodes.USAGE, noTarget.exitCode(), noTarget.describe());
    assertTrue(noTarget.err().contains("--to"), noTarget.describe());
    assertEquals(ExitCodes.OK, CliRun.run("images", "build", "--help").exitCode());
  }

  /** classes/ with a class and the processor's add.component.yaml; libs/ with a launcher jar. */
  private Path project() throws IOException {
    Path classes = work.resolve("classes");
    Path spec = classes.resolve("META-INF/kfp4j/components/add.component.yaml");
    Files.createDirectories(spec.getParent());
    Files.writeString(spec, "name: Add\nimplementation:\n  container:\n    image: kfp4j/components:latest\n"
        + "    command: [java, -cp, '/app/resources:/app/classes:/app/libs/*', io.kfp4j.launcher.Launcher,"
        + " com.example.Calc#add]\n");
    Files.createDirectories(classes.resolve("com/example"));
    Files.writeString(classes.resolve("com/example/Calc.class"), "calc");
    Path libs = Files.createDirectories(work.resolve("libs"));
    try (OutputStream file = Files.newOutputStream(libs.resolve("kfp4j-launcher-0.1.0-SNAPSHOT.jar"));
        ZipOutputStream zip = new ZipOutputStream(file)) {
      zip.putNextEntry(new ZipEntry("io/kfp4j/launcher/Launcher.class"));
      zip.write("launcher".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return classes;
  }
}
