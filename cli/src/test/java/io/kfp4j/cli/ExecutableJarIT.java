package io.kfp4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.annotations.Pipeline;
import io.kfp4j.launcher.Launcher;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The executable jar, {@code kfp4j-cli-VERSION-all.jar}, as a user starts it: {@code java -jar} in folders outside
 * the checkout. Inside a generated Maven project (the examples' classes, with {@code Calc} and {@code CalcOps} moved
 * into a dependency jar), {@code compile} and {@code run} find the project's classpath with no {@code --classpath},
 * through a stand-in {@code mvn} on the PATH that answers with the reactor's kfp4j jars and that dependency jar, and
 * record the run at the project's root. Needs no Maven, network or installed kfp4j artifacts.
 */
class ExecutableJarIT {
  private static final String ADDITION = "addition-pipeline";

  @TempDir
  Path tmp;

  private Path jar;

  @BeforeEach
  void outsideTheCheckout() {
    tmp = CompileTest.outsideAProject(tmp);
    jar = Path.of(System.getProperty("kfp4j.cliJar", "target/kfp4j-cli-" + version() + "-all.jar")).toAbsolutePath();
    assertTrue(Files.isRegularFile(jar), "no executable jar " + jar + "; mvn package makes it");
    String checkout = System.getProperty("kfp4j.checkout");
    if (checkout != null && !checkout.isEmpty()) {
      assertFalse(tmp.startsWith(Path.of(checkout).toAbsolutePath()), tmp + " is inside the checkout");
    }
  }

  @Test
  void printsItsVersionAnywhere() throws Exception {
    Result result = kfp4j(tmp, List.of(), "--version");
    assertEquals(0, result.exitCode(), result.describe());
    assertTrue(result.out().startsWith("kfp4j " + version() + "\n"), result.describe());
  }

  @Test
  void compilesAndRunsAMavenProjectsPipelineWithoutAClasspath() throws Exception {
    Path project = userProject();
    Path bin = fakeMaven(project);
    Path log = project.resolve("mvn.log");
    Path sources = Files.createDirectories(project.resolve("src/main/java"));

    Result compile = kfp4j(sources, List.of(bin), "compile", ADDITION, "-o", "addition.yaml");
    assertEquals(0, compile.exitCode(), compile.describe());
    assertEquals("compiled addition-pipeline (2 tasks) to addition.yaml\n", compile.out(), compile.describe());
    assertEquals("kfp4j: resolving the project's classpath with Maven (cached in "
        + project.resolve("target/kfp4j/classpath.txt") + ")\n", compile.err(), compile.describe());
    assertTrue(Files.readString(sources.resolve("addition.yaml")).contains("kind: Workflow"));

    Result run = kfp4j(sources, List.of(bin), "run", ADDITION, "--param", "a=7", "--param", "b=8");
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.out().contains("  add-2  Output = 19.0"), run.describe());
    assertTrue(run.out().contains("  record: " + project.resolve(".kfp4j/runs/")), run.describe());
    assertEquals("", run.err(), "the cached classpath: Maven is not asked again");
    assertEquals(1, Files.readAllLines(log).size(), "Maven was asked once: " + Files.readString(log));
    assertTrue(Files.readString(log).contains("dependency:build-classpath -DincludeScope=runtime"),
        Files.readString(log));

    String id = run.out().lines().findFirst().orElseThrow().split(" ")[1];
    Result list = kfp4j(project, List.of(bin), "runs", "list");
    assertEquals(0, list.exitCode(), list.describe());
    assertTrue(list.out().contains(id), list.describe());
    assertTrue(Files.isDirectory(project.resolve(".kfp4j/runs").resolve(id)), "the run folder is at the root");
  }

  /**
   * A Maven project: a pom with kfp4j dependencies, and as its compiled classes the examples' classes without
   * {@code Calc} and its generated {@code CalcOps} (task factories and launcher entries), which go into
   * {@code repository/calc-lib.jar}, a dependency only Maven's answer names: the launcher finds the entry
   * {@code io.kfp4j.examples.calc.Calc#add} of a component.yaml in the project's classes in that jar.
   */
  private Path userProject() throws IOException {
    Path project = Files.createDirectories(tmp.resolve("calc-app"));
    Files.writeString(project.resolve("pom.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.example</groupId>
          <artifactId>calc-app</artifactId>
          <version>1.0</version>
          <dependencies>
            <dependency>
              <groupId>io.kfp4j</groupId>
              <artifactId>kfp4j-sdk</artifactId>
              <version>%s</version>
            </dependency>
            <dependency>
              <groupId>com.example</groupId>
              <artifactId>calc-lib</artifactId>
              <version>1.0</version>
            </dependency>
          </dependencies>
        </project>
        """.formatted(version()));
    Path classes = project.resolve("target/classes");
    CompileTest.copyFolder(Path.of(CompileTest.examples()), classes);
    Path calc = classes.resolve("io/kfp4j/examples/calc");
    List<Path> moved;
    try (Stream<Path> files = Files.list(calc)) {
      moved = files.filter(f -> f.getFileName().toString().matches("Calc(Ops(\\$.+)?)?\\.class")).sorted().toList();
    }
    assertTrue(moved.contains(calc.resolve("CalcOps$Entries.class")), "no generated entries in " + moved);
    Path lib = Files.createDirectories(tmp.resolve("repository")).resolve("calc-lib.jar");
    try (OutputStream out = Files.newOutputStream(lib); JarOutputStream jarOut = new JarOutputStream(out)) {
      for (Path file : moved) {
        jarOut.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
        jarOut.write(Files.readAllBytes(file));
        jarOut.closeEntry();
        Files.delete(file);
      }
    }
    return project;
  }

  /**
   * A folder with an executable {@code mvn} that logs its arguments and writes, to its {@code -Dmdep.outputFile},
   * the project's dependencies: the kfp4j jars the reactor built and the project's calc-lib.jar.
   */
  private Path fakeMaven(Path project) throws IOException, URISyntaxException {
    Set<String> entries = new LinkedHashSet<>();
    for (Class<?> type : List.of(Pipeline.class, ComponentSpec.class, Param.class, PipelineGraph.class,
        Launcher.class)) {
      entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    }
    entries.add(tmp.resolve("repository/calc-lib.jar").toString());
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Path mvn = bin.resolve("mvn");
    Files.writeString(mvn, "#!/bin/sh\n"
        + "echo \"$@\" >> '" + project.resolve("mvn.log") + "'\n"
        + "for arg in \"$@\"; do case \"$arg\" in -Dmdep.outputFile=*) out=\"${arg#-Dmdep.outputFile=}\";; esac; done\n"
        + "[ -n \"$out\" ] || { echo '[ERROR] no -Dmdep.outputFile' >&2; exit 1; }\n"
        + "printf '%s' '" + String.join(File.pathSeparator, entries) + "' > \"$out\"\n");
    assertTrue(mvn.toFile().setExecutable(true));
    return bin;
  }

  /** Runs {@code java -jar JAR args} in the folder, with the folders put first on the PATH. */
  private Result kfp4j(Path dir, List<Path> path, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    List<String> parts = new ArrayList<>();
    path.forEach(p -> parts.add(p.toString()));
    String inherited = System.getenv("PATH");
    if (inherited != null) {
      parts.add(inherited);
    }
    builder.environment().put("PATH", String.join(File.pathSeparator, parts));
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    process.getOutputStream().close();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "java -jar " + String.join(" ", args) + " did not end");
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static String version() {
    return System.getProperty("kfp4j.version", VersionProvider.version());
  }

  /** One run of the jar. */
  private record Result(int exitCode, String out, String err) {
    String describe() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }
}
