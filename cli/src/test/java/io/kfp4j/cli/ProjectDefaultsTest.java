package io.kfp4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.cli.project.MavenRunner;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without {@code --classpath} and {@code --root}, inside a Maven project: the project's classpath, asked of a
 * stand-in Maven once, and the run store at the build's root. The project is a module {@code calc} of a build
 * {@code top}, whose classes are the examples' except {@code Calc}, which is in a jar only Maven's answer names.
 */
class ProjectDefaultsTest {
  @TempDir
  Path tmp;

  private Path top;
  private Path calc;
  private Path calcJar;
  private final List<List<String>> mavenCalls = new ArrayList<>();

  @BeforeEach
  void project() throws IOException {
    tmp = CompileTest.outsideAProject(tmp);
    top = pom(tmp.resolve("top"), "<packaging>pom</packaging><modules><module>calc</module></modules>");
    calc = pom(top.resolve("calc"), "");
    Path classes = calc.resolve("target/classes");
    CompileTest.copyFolder(Path.of(CompileTest.examples()), classes);
    Path calcClass = classes.resolve("io/kfp4j/examples/calc/Calc.class");
    calcJar = jar(tmp.resolve("repository/calc-lib.jar"), "io/kfp4j/examples/calc/Calc.class",
        Files.readAllBytes(calcClass));
    Files.delete(calcClass);
    Path mvn = Files.createDirectories(tmp.resolve("bin")).resolve("mvn");
    Files.writeString(mvn, "#!/bin/sh\nexit 1\n");
    assertTrue(mvn.toFile().setExecutable(true));
  }

  @Test
  void compileAndRunUseTheProjectsClasspathAndRecordAtTheBuildsRoot() {
    CliRun list = CliRun.in(workspace(calc.resolve("src/main/java")), "compile", "--list");
    assertEquals(0, list.exitCode(), list.describe());
    assertTrue(list.outLines().stream().map(l -> l.replaceAll(" +", " "))
        .anyMatch("addition-pipeline io.kfp4j.examples.calc.AdditionPipeline"::equals), list.describe());
    assertEquals(List.of("kfp4j: resolving the project's classpath with Maven (cached in "
        + calc.resolve("target/kfp4j/classpath.txt") + ")"), list.errLines());
    assertEquals(1, mavenCalls.size());

    CliRun run = CliRun.in(workspace(calc), "run", "addition-pipeline", "--param", "a=7", "--param", "b=8");
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.out().contains("  add-2  Output = 19.0"), run.describe());
    assertTrue(run.out().contains("  record: " + top.resolve(".kfp4j/runs/")), run.describe());
    assertEquals("", run.err(), "the cached classpath: Maven is not asked again");
    assertEquals(1, mavenCalls.size());
    String id = run.outLines().get(0).split(" ")[1];

    // the same store from the build's root and from inside the module; --root still wins
    CliRun fromTop = CliRun.in(top, "runs", "list");
    assertTrue(fromTop.out().contains(id), fromTop.describe());
    CliRun show = CliRun.in(calc.resolve("src"), "runs", "show", id);
    assertEquals(0, show.exitCode(), show.describe());
    Path elsewhere = tmp.resolve("elsewhere");
    CliRun given = CliRun.in(calc, "runs", "list", "--root", elsewhere.toString());
    assertEquals("no runs under " + elsewhere + "\n", given.out(), given.describe());
    CliRun hint = CliRun.in(calc, "runs", "show", "nope");
    assertFalse(hint.err().contains("--root"), hint.describe());
  }

  @Test
  void theDependenciesMavenNamesAreOnTheClasspath() {
    // Maven answers with no dependencies: the component's class, only in calc-lib.jar, is missing
    MavenRunner noDependencies = (command, dir) -> answer(command, "");
    CliRun run = CliRun.in(workspace(calc, noDependencies), "run", "addition-pipeline");
    assertEquals(ExitCodes.FAILED, run.exitCode(), run.describe());
    assertTrue(run.out().contains("io/kfp4j/examples/calc/Calc") || run.out().contains("io.kfp4j.examples.calc.Calc"),
        run.describe());
  }

  @Test
  void theClasspathOptionStillWinsInAProject() {
    CliRun run = CliRun.in(calc, "compile", "--list", "--classpath", CompileTest.examples());
    assertEquals(0, run.exitCode(), run.describe());
    assertEquals(List.of("addition-pipeline io.kfp4j.examples.calc.AdditionPipeline"),
        run.outLines().stream().filter(l -> l.startsWith("addition")).map(l -> l.replaceAll(" +", " ")).toList());
    assertFalse(Files.exists(calc.resolve("target/kfp4j")), "no Maven, no cache");
  }

  @Test
  void anUncompiledModuleIsToldToCompile() throws IOException {
    Path fresh = pom(top.resolve("fresh"), "");
    CliRun run = CliRun.in(workspace(fresh), "compile", "--list");
    assertEquals(ExitCodes.FAILED, run.exitCode(), run.describe());
    assertTrue(run.err().startsWith("kfp4j: the Maven project in " + fresh + " is not compiled"), run.describe());
    assertTrue(run.err().contains("run mvn compile there first"), run.describe());
    assertEquals(List.of(), mavenCalls);
  }

  @Test
  void withoutMavenTheCommandSaysHowToGoOn() {
    CliRun run = CliRun.in(new Workspace(calc, name -> null, CliRun.NO_MAVEN), "run", "addition-pipeline");
    assertEquals(ExitCodes.FAILED, run.exitCode(), run.describe());
    assertTrue(run.err().startsWith("kfp4j: cannot find Maven to resolve the classpath of the project in " + calc),
        run.describe());
  }

  @Test
  void outsideAProjectRunsAreRecordedInTheWorkingFolder() throws IOException {
    Path outside = Files.createDirectories(tmp.resolve("scratch"));
    CliRun none = CliRun.in(outside, "runs", "list");
    assertEquals("no runs under " + outside.resolve(".kfp4j") + "\n", none.out(), none.describe());
    CliRun run = CliRun.in(outside, "run", "addition-pipeline", "--classpath", CompileTest.examples());
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.out().contains("  record: " + outside.resolve(".kfp4j/runs/")), run.describe());
  }

  @Test
  void theUiServesTheStoreAtTheBuildsRoot() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path src = Files.createDirectories(calc.resolve("src"));
    Process ui = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        Kfp4j.class.getName(), "ui", "--port", "0").directory(src.toFile())
        .redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(ui.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      assertTrue(first != null && first.contains("(runs under " + top.resolve(".kfp4j") + ")"), "printed " + first);
    } finally {
      ui.destroy();
      assertTrue(ui.waitFor(10, TimeUnit.SECONDS), "kfp4j ui stops on SIGTERM");
    }
  }

  private Workspace workspace(Path dir) {
    return workspace(dir, (command, where) -> {
      assertEquals(calc, where, "Maven runs in the module");
      return answer(command, calcJar.toString());
    });
  }

  private Workspace workspace(Path dir, MavenRunner maven) {
    Map<String, String> environment = Map.of("PATH", tmp.resolve("bin").toString());
    return new Workspace(dir, environment::get, maven);
  }

  /** Writes Maven's answer to the -Dmdep.outputFile file, recording the call. */
  private MavenRunner.Result answer(List<String> command, String classpath) throws IOException {
    mavenCalls.add(command);
    String prefix = "-Dmdep.outputFile=";
    String output = command.stream().filter(a -> a.startsWith(prefix)).findFirst().orElseThrow();
    Files.writeString(Path.of(output.substring(prefix.length())), classpath);
    return new MavenRunner.Result(0, "");
  }

  private static Path jar(Path file, String entry, byte[] content) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
      jar.putNextEntry(new JarEntry(entry));
      jar.write(content);
      jar.closeEntry();
    }
    return file;
  }

  private static Path pom(Path dir, String content) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion><groupId>com.example"
        + "</groupId><artifactId>" + dir.getFileName() + "</artifactId><version>1</version>" + content
        + "</project>\n");
    return dir;
  }
}
