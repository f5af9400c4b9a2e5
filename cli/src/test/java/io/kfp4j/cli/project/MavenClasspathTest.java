package io.kfp4j.cli.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.cli.CommandFailedException;
import io.kfp4j.tooling.project.ProjectRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolving a module's classpath with a stand-in Maven: the command it gets, the cache, and every failure. */
class MavenClasspathTest {
  @TempDir
  Path tmp;

  private Path app;
  private Path mvn;
  private List<Path> jars;
  private final List<String> notices = new ArrayList<>();

  @BeforeEach
  void project() throws IOException {
    tmp = tmp.toAbsolutePath().normalize();
    app = pom(tmp.resolve("app"), "");
    Files.createDirectories(app.resolve("target/classes"));
    mvn = executable(tmp.resolve("maven/bin/mvn"));
    jars = List.of(Files.createFile(tmp.resolve("a.jar")), Files.createFile(tmp.resolve("b.jar")));
  }

  @Test
  void asksMavenOnceOfflineInTheModuleAndCachesTheAnswer() {
    FakeMaven maven = FakeMaven.answering(jars);
    List<Path> first = classpath(maven).resolve(project(app));
    assertEquals(List.of(app.resolve("target/classes"), jars.get(0), jars.get(1)), first);
    assertEquals(1, maven.calls.size());
    FakeMaven.Call call = maven.calls.get(0);
    assertEquals(app, call.dir());
    assertEquals(List.of(mvn.toString(), "-B", "-q", "-o", "dependency:build-classpath", "-DincludeScope=runtime"),
        call.command().subList(0, 6));
    assertTrue(call.command().get(6).startsWith("-Dmdep.outputFile=" + app.resolve("target/kfp4j")), call.toString());
    Path cache = app.resolve("target/kfp4j/classpath.txt");
    assertEquals(List.of("kfp4j: resolving the project's classpath with Maven (cached in " + cache + ")"), notices);
    assertTrue(Files.isRegularFile(cache));
    try (var files = Files.list(app.resolve("target/kfp4j"))) {
      assertEquals(List.of(cache), files.toList(), "only the cache is left in target/kfp4j");
    } catch (IOException e) {
      throw new AssertionError(e);
    }

    List<Path> again = classpath(maven).resolve(project(app));
    assertEquals(first, again);
    assertEquals(1, maven.calls.size(), "the second command used the cache");
    assertEquals(1, notices.size(), "said once");
  }

  @Test
  void aChangedPomAsksAgain() throws IOException {
    FakeMaven maven = FakeMaven.answering(jars);
    classpath(maven).resolve(project(app));
    pom(app, "<properties><x>1</x></properties>");
    classpath(maven).resolve(project(app));
    assertEquals(2, maven.calls.size());
    classpath(maven).resolve(project(app));
    assertEquals(2, maven.calls.size());
  }

  @Test
  void aChangedParentPomOfAMultiModuleBuildAsksAgain() throws IOException {
    Path top = pom(tmp.resolve("top"), "<modules><module>calc</module></modules>");
    Path calc = pom(top.resolve("calc"), "");
    Files.createDirectories(calc.resolve("target/classes"));
    FakeMaven maven = FakeMaven.answering(jars);
    ProjectRoot project = ProjectRoot.find(calc).orElseThrow();
    classpath(maven).resolve(project);
    assertEquals(calc, maven.calls.get(0).dir(), "Maven runs in the module");
    assertTrue(Files.isRegularFile(calc.resolve("target/kfp4j/classpath.txt")), "the cache is the module's");
    pom(top, "<modules><module>calc</module></modules><properties><x>1</x></properties>");
    classpath(maven).resolve(project);
    assertEquals(2, maven.calls.size());
  }

  @Test
  void aJarThatIsGoneAsksAgain() throws IOException {
    FakeMaven maven = FakeMaven.answering(jars);
    classpath(maven).resolve(project(app));
    Files.delete(jars.get(1));
    classpath(maven).resolve(project(app));
    assertEquals(2, maven.calls.size());
  }

  @Test
  void aDamagedCacheAsksAgain() throws IOException {
    FakeMaven maven = FakeMaven.answering(jars);
    classpath(maven).resolve(project(app));
    Files.writeString(app.resolve("target/kfp4j/classpath.txt"), "garbage\n");
    assertEquals(3, classpath(maven).resolve(project(app)).size());
    assertEquals(2, maven.calls.size());
  }

  @Test
  void whenOfflineFailsItAsksOnline() {
    FakeMaven maven = FakeMaven.failing(FakeMaven.Call::offline, "[ERROR] cannot access central in offline mode",
        jars);
    assertEquals(3, classpath(maven).resolve(project(app)).size());
    assertEquals(2, maven.calls.size());
    assertTrue(maven.calls.get(0).offline());
    assertFalse(maven.calls.get(1).offline());
    assertEquals(1, notices.size());
  }

  @Test
  void whenMavenFailsTheErrorHasItsLastLines() {
    StringBuilder output = new StringBuilder();
    for (int i = 1; i <= 30; i++) {
      output.append("line ").append(i).append('\n');
    }
    output.append("[ERROR] Failed to execute goal on project app: Could not resolve dependencies\n");
    FakeMaven maven = FakeMaven.failing(call -> true, output.toString(), jars);
    CommandFailedException e = assertThrows(CommandFailedException.class,
        () -> classpath(maven).resolve(project(app)));
    assertEquals(2, maven.calls.size());
    String message = e.getMessage();
    assertTrue(message.startsWith("Maven could not resolve the classpath of the project in " + app + " ("
        + mvn + " -B -q dependency:build-classpath"), message);
    assertTrue(message.contains("exited with 1). Its last lines:\n"), message);
    assertTrue(message.contains("\n  [ERROR] Failed to execute goal on project app: Could not resolve dependencies\n"),
        message);
    assertTrue(message.contains("  line 30\n"), message);
    assertFalse(message.contains("line 11\n"), "only the last 20 lines: " + message);
    assertTrue(message.endsWith("or give the classes and jars with --classpath"), message);
    assertFalse(Files.exists(app.resolve("target/kfp4j/classpath.txt")), "no cache of a failure");
  }

  @Test
  void mavensColorsAndClosingAdviceAreLeftOut() {
    String output = "\u001B[0m\u001B[0m[ERROR] Failed to execute goal on project app: Could not resolve dependencies"
        + " -> [Help 1]\n[ERROR] \n[ERROR] To see the full stack trace of the errors, re-run Maven with the -e"
        + " switch.\n[ERROR] Re-run Maven using the -X switch to enable full debug logging.\n[ERROR] \n[ERROR] For"
        + " more information about the errors and possible solutions, please read the following articles:\n[ERROR]"
        + " [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/DependencyResolutionException\n\u001B[0m\u001B[0m\n";
    assertEquals("  [ERROR] Failed to execute goal on project app: Could not resolve dependencies -> [Help 1]",
        MavenClasspath.lastLines(output));
    assertEquals("  (Maven printed nothing)", MavenClasspath.lastLines("\n\n"));
  }

  @Test
  void aModuleOfABuildIsToldToInstallTheModulesItNeeds() throws IOException {
    Path top = pom(tmp.resolve("top"), "<modules><module>calc</module></modules>");
    Path calc = pom(top.resolve("calc"), "");
    Files.createDirectories(calc.resolve("target/classes"));
    FakeMaven maven = FakeMaven.failing(call -> true, "[ERROR] Could not find artifact com.example:lib:jar:1", jars);
    CommandFailedException e = assertThrows(CommandFailedException.class,
        () -> classpath(maven).resolve(ProjectRoot.find(calc).orElseThrow()));
    assertTrue(e.getMessage().contains("mvn install in " + top), e.getMessage());
  }

  @Test
  void anUncompiledProjectIsToldToCompileAndMavenIsNotAsked() throws IOException {
    Path fresh = pom(tmp.resolve("fresh"), "");
    FakeMaven maven = FakeMaven.answering(jars);
    CommandFailedException e = assertThrows(CommandFailedException.class,
        () -> classpath(maven).resolve(project(fresh)));
    assertEquals("the Maven project in " + fresh + " is not compiled (there is no " + fresh.resolve("target/classes")
        + "): run mvn compile there first, or give the classes and jars with --classpath", e.getMessage());
    assertEquals(List.of(), maven.calls);
    assertEquals(List.of(), notices);
  }

  @Test
  void anAggregatorIsToldToRunInAModule() throws IOException {
    Path top = pom(tmp.resolve("top"), "<modules><module>calc</module></modules>");
    pom(top.resolve("calc"), "");
    CommandFailedException e = assertThrows(CommandFailedException.class,
        () -> classpath(FakeMaven.answering(jars)).resolve(project(top)));
    assertTrue(e.getMessage().contains("aggregates modules and has no classes of its own: run kfp4j in the module"
        + " that holds the pipelines"), e.getMessage());
  }

  @Test
  void withoutMavenTheErrorSaysSo() {
    FakeMaven maven = FakeMaven.answering(jars);
    MavenClasspath classpath = new MavenClasspath(maven, env(Map.of("PATH", tmp.resolve("empty").toString())),
        notices::add);
    CommandFailedException e = assertThrows(CommandFailedException.class, () -> classpath.resolve(project(app)));
    assertTrue(e.getMessage().startsWith("cannot find Maven to resolve the classpath of the project in " + app
        + ": there is no mvnw in the project and no mvn on the PATH."), e.getMessage());
    assertTrue(e.getMessage().endsWith("--classpath"), e.getMessage());
    assertEquals(List.of(), maven.calls);
  }

  @Test
  void mavenThatWritesNoFileIsAnError() {
    MavenRunner silent = (command, dir) -> new MavenRunner.Result(0, "");
    CommandFailedException e = assertThrows(CommandFailedException.class,
        () -> new MavenClasspath(silent, env(Map.of("PATH", mvn.getParent().toString())), notices::add)
            .resolve(project(app)));
    assertTrue(e.getMessage().startsWith("Maven succeeded but wrote no classpath to "), e.getMessage());
  }

  @Test
  void aProjectWithoutDependenciesIsItsClasses() {
    assertEquals(List.of(app.resolve("target/classes")),
        classpath(FakeMaven.answering(List.of())).resolve(project(app)));
  }

  @Test
  void theWrapperOfTheBuildComesBeforeMavenOnThePath() throws IOException {
    Path top = pom(tmp.resolve("top"), "<modules><module>calc</module></modules>");
    Path calc = pom(top.resolve("calc"), "");
    UnaryOperator<String> path = env(Map.of("PATH", mvn.getParent().toString()));
    ProjectRoot project = ProjectRoot.find(calc).orElseThrow();
    assertEquals(List.of(mvn.toString()), MavenExecutable.find(project, path).orElseThrow());

    Path wrapper = executable(top.resolve("mvnw"));
    assertEquals(List.of(wrapper.toString()), MavenExecutable.find(project, path).orElseThrow());

    Path moduleWrapper = Files.writeString(calc.resolve("mvnw"), "#!/bin/sh\n");
    assertEquals(List.of("sh", moduleWrapper.toString()), MavenExecutable.find(project, path).orElseThrow(),
        "the nearest wrapper; one without its execute bit runs through sh");
  }

  @Test
  void mavenIsFoundOnThePathOrInMavenHome() throws IOException {
    ProjectRoot project = project(app);
    Path other = Files.createDirectories(tmp.resolve("other"));
    Files.writeString(other.resolve("mvn"), "not executable");
    String path = other + java.io.File.pathSeparator + mvn.getParent();
    assertEquals(List.of(mvn.toString()), MavenExecutable.find(project, env(Map.of("PATH", path))).orElseThrow());
    assertEquals(List.of(mvn.toString()),
        MavenExecutable.find(project, env(Map.of("MAVEN_HOME", mvn.getParent().getParent().toString())))
            .orElseThrow());
    assertTrue(MavenExecutable.find(project, env(Map.of())).isEmpty());
  }

  @Test
  void theProcessRunnerStartsARealScriptOnThePath() throws IOException {
    // a fake mvn script: writes the jar paths to -Dmdep.outputFile and logs its arguments
    Path log = tmp.resolve("mvn.log");
    Files.writeString(mvn, "#!/bin/sh\n"
        + "echo \"$@\" >> '" + log + "'\n"
        + "for arg in \"$@\"; do case \"$arg\" in -Dmdep.outputFile=*) out=\"${arg#-Dmdep.outputFile=}\";; esac; done\n"
        + "printf '%s' '" + jars.get(0) + java.io.File.pathSeparator + jars.get(1) + "' > \"$out\"\n");
    MavenClasspath classpath = new MavenClasspath(MavenRunner.processes(),
        env(Map.of("PATH", mvn.getParent().toString())), notices::add);
    assertEquals(List.of(app.resolve("target/classes"), jars.get(0), jars.get(1)), classpath.resolve(project(app)));
    assertEquals(1, Files.readAllLines(log).size());
    assertTrue(Files.readString(log).startsWith("-B -q -o dependency:build-classpath -DincludeScope=runtime"));

    Files.writeString(mvn, "#!/bin/sh\necho '[ERROR] The goal you specified requires a project'\nexit 3\n");
    pom(app, "<description>changed</description>");
    CommandFailedException e = assertThrows(CommandFailedException.class, () -> classpath.resolve(project(app)));
    assertTrue(e.getMessage().contains("exited with 3). Its last lines:\n  [ERROR] The goal you specified requires a"
        + " project\n"), e.getMessage());
  }

  private MavenClasspath classpath(MavenRunner maven) {
    return new MavenClasspath(maven, env(Map.of("PATH", mvn.getParent().toString())), notices::add);
  }

  private static ProjectRoot project(Path module) {
    return ProjectRoot.find(module).orElseThrow();
  }

  private static UnaryOperator<String> env(Map<String, String> variables) {
    return variables::get;
  }

  private static Path executable(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "#!/bin/sh\nexit 0\n");
    assertTrue(file.toFile().setExecutable(true), "cannot make " + file + " executable");
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
