package io.kfp4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.cli.project.MavenRunner;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kfp4j images build --in-place} in a Maven project records its pin, and compiles apply it while the classes
 * are the image's: a processor run that puts the default image back (as {@code mvn compile} does) does not lose it
 * silently, and changed classes give a warning and the specs' own images instead of an image without them.
 */
class ImagePinTest {
  private static final String SPEC = "target/classes/META-INF/kfp4j/components/add.component.yaml";

  @TempDir
  Path tmp;

  private Path project;
  private Workspace workspace;

  @BeforeEach
  void project() throws Exception {
    project = CompileTest.outsideAProject(tmp).resolve("calc");
    Files.createDirectories(project);
    Files.writeString(project.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion><groupId>com.example"
        + "</groupId><artifactId>calc</artifactId><version>1</version></project>\n");
    CompileTest.copyFolder(Path.of(CompileTest.examples()), project.resolve("target/classes"));
    Path launcher = jar(tmp.resolve("repository/kfp4j-launcher-0.1.0-SNAPSHOT.jar"),
        "io/kfp4j/launcher/Launcher.class");
    MavenRunner maven = (command, dir) -> {
      String prefix = "-Dmdep.outputFile=";
      String output = command.stream().filter(a -> a.startsWith(prefix)).findFirst().orElseThrow();
      Files.writeString(Path.of(output.substring(prefix.length())), launcher.toString());
      return new MavenRunner.Result(0, "");
    };
    // a mvn on the PATH for the command to find; the runner above answers in its place
    Path mvn = Files.createDirectories(tmp.resolve("bin")).resolve("mvn");
    Files.writeString(mvn, "#!/bin/sh\nexit 1\n");
    assertTrue(mvn.toFile().setExecutable(true));
    String path = tmp.resolve("bin").toString();
    workspace = new Workspace(project, name -> name.equals("PATH") ? path : null, maven);
  }

  @Test
  void thePinOutlivesTheProcessorAndGivesWayToChangedClasses() throws Exception {
    CliRun image = CliRun.in(workspace, "images", "build", "--base", "tar://" + TestBaseImage.tarIn(tmp), "--to",
        "tar://" + tmp.resolve("image.tar"), "--name", "team/calc:1", "--in-place");
    assertEquals(ExitCodes.OK, image.exitCode(), image.describe());
    String pinned = image.outLines().get(0);
    assertTrue(pinned.startsWith("team/calc@sha256:"), image.describe());
    assertTrue(Files.isRegularFile(project.resolve("target/kfp4j/image.properties")), image.describe());
    assertTrue(Files.readString(project.resolve(SPEC)).contains("image: " + pinned), "pinned in place");

    // mvn compile runs the processor again, which writes the default image back
    String pinnedSpec = Files.readString(project.resolve(SPEC));
    Files.writeString(project.resolve(SPEC), pinnedSpec.replace("image: " + pinned, "image: kfp4j/components:latest"));
    CliRun compile = CliRun.in(workspace, "compile", "addition-pipeline", "-o", tmp.resolve("a.yaml").toString());
    assertEquals(ExitCodes.OK, compile.exitCode(), compile.describe());
    assertTrue(compile.err().contains("kfp4j: component specs pinned to " + pinned), compile.describe());
    assertTrue(Files.readString(tmp.resolve("a.yaml")).contains(pinned), "the workflow names the pinned image");

    // a changed class: the image lacks it, so the specs get their own image back, with a warning
    Path calcClass = project.resolve("target/classes/io/kfp4j/examples/calc/Calc.class");
    Files.write(calcClass, Files.readAllBytes(calcClass), java.nio.file.StandardOpenOption.APPEND);
    CliRun stale = CliRun.in(workspace, "compile", "addition-pipeline", "-o", tmp.resolve("b.yaml").toString());
    assertTrue(stale.err().contains("kfp4j: warning: the image pin " + project.resolve("target/kfp4j/image.properties")
        + " (" + pinned + ") does not fit the classes"), stale.describe());
    assertFalse(Files.readString(tmp.resolve("b.yaml")).contains(pinned), "no workflow names an image without its"
        + " classes");
    assertTrue(Files.readString(tmp.resolve("b.yaml")).contains("kfp4j/components:latest"));
  }

  private static Path jar(Path file, String entry) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
      jar.putNextEntry(new JarEntry(entry));
      jar.write(new byte[] {1});
      jar.closeEntry();
    }
    return file;
  }
}
