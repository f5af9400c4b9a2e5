package io.kfp4j.tooling.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project and store rule that the command and the Maven plugin share, on folders made here. */
class ProjectRootTest {
  @TempDir
  Path tmp;

  @BeforeEach
  void outsideAnyProject() {
    tmp = tmp.toAbsolutePath().normalize();
    assertTrue(ProjectRoot.find(tmp).isEmpty(), "the temporary folder " + tmp + " is inside a Maven project");
  }

  @Test
  void outsideAProjectThereIsNoneAndTheStoreIsInTheWorkingFolder() {
    assertEquals(Optional.empty(), ProjectRoot.find(tmp));
    assertEquals(tmp.resolve(".kfp4j"), ProjectRoot.defaultStore(tmp));
  }

  @Test
  void aSingleModuleIsItsOwnRootFromAnyFolderInside() throws IOException {
    Path app = pom(tmp.resolve("app"), "");
    Path sources = Files.createDirectories(app.resolve("src/main/java/com/example"));
    ProjectRoot project = ProjectRoot.find(sources).orElseThrow();
    assertEquals(new ProjectRoot(app, app), project);
    assertFalse(project.inMultiModuleBuild());
    assertFalse(project.aggregator());
    assertEquals(app.resolve(".kfp4j"), project.store());
    assertEquals(app.resolve(".kfp4j"), ProjectRoot.defaultStore(sources));
    assertEquals(List.of(app.resolve("pom.xml")), project.poms());
  }

  @Test
  void aModuleOfAMultiModuleBuildHasItsStoreAtTheTop() throws IOException {
    Path top = pom(tmp.resolve("top"), modules("services", "tools/cli"));
    Path services = pom(top.resolve("services"), modules("calc"));
    Path calc = pom(services.resolve("calc"), "");
    Path cli = pom(top.resolve("tools/cli"), "");

    ProjectRoot project = ProjectRoot.find(calc.resolve("src")).orElseThrow();
    assertEquals(calc, project.module());
    assertEquals(top, project.root());
    assertTrue(project.inMultiModuleBuild());
    assertEquals(top.resolve(".kfp4j"), project.store());
    assertEquals(List.of(calc.resolve("pom.xml"), services.resolve("pom.xml"), top.resolve("pom.xml")),
        project.poms());

    // a module listed with a path of two folders, the middle one without a pom
    assertEquals(new ProjectRoot(cli, top), ProjectRoot.find(cli).orElseThrow());
    // the aggregators themselves
    assertEquals(new ProjectRoot(services, top), ProjectRoot.ofModule(services));
    assertTrue(ProjectRoot.ofModule(services).aggregator());
    assertEquals(new ProjectRoot(top, top), ProjectRoot.find(top).orElseThrow());
  }

  @Test
  void modulesInProfilesAndAsPomFilesCount() throws IOException {
    Path top = pom(tmp.resolve("top"), "<profiles><profile><id>all</id>" + modules("extra") + "</profile></profiles>"
        + modules("app/pom.xml"));
    Path extra = pom(top.resolve("extra"), "");
    Path app = pom(top.resolve("app"), "");
    assertEquals(top, ProjectRoot.ofModule(extra).root());
    assertEquals(top, ProjectRoot.ofModule(app).root());
  }

  @Test
  void aPomAboveThatDoesNotListTheModuleIsNotItsRoot() throws IOException {
    Path checkout = pom(tmp.resolve("checkout"), modules("lib"));
    pom(checkout.resolve("lib"), "");
    Path sample = pom(checkout.resolve("samples/app"), "");
    assertEquals(new ProjectRoot(sample, sample), ProjectRoot.find(sample).orElseThrow());
  }

  @Test
  void anUnreadablePomAboveEndsTheChainQuietly() throws IOException {
    Path top = Files.createDirectories(tmp.resolve("top"));
    Files.writeString(top.resolve("pom.xml"), "<project><modules><module>app</module>");
    Path app = pom(top.resolve("app"), "");
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      assertEquals(new ProjectRoot(app, app), ProjectRoot.find(app).orElseThrow());
    } finally {
      System.setErr(err);
    }
    assertEquals("", printed.toString(StandardCharsets.UTF_8), "the XML parser printed to standard error");
  }

  @Test
  void aPomWithADoctypeIsNotReadForEntities() throws IOException {
    Path top = Files.createDirectories(tmp.resolve("top"));
    Files.writeString(top.resolve("pom.xml"), "<?xml version=\"1.0\"?><!DOCTYPE project [<!ENTITY m \"app\">]>"
        + "<project><modules><module>&m;</module></modules></project>");
    Path app = pom(top.resolve("app"), "");
    assertEquals(app, ProjectRoot.find(app).orElseThrow().root());
  }

  @Test
  void theRootMustBeTheModuleOrAbove() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ProjectRoot(tmp.resolve("a"), tmp.resolve("b")));
    assertTrue(e.getMessage().contains("is not the module"), e.getMessage());
  }

  private static String modules(String... names) {
    StringBuilder xml = new StringBuilder("<modules>");
    for (String name : names) {
      xml.append("<module>").append(name).append("</module>");
    }
    return xml.append("</modules>").toString();
  }

  /** Writes dir/pom.xml with that content inside {@code <project>}; returns dir. */
  private static Path pom(Path dir, String content) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("pom.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
        + "<groupId>com.example</groupId><artifactId>" + dir.getFileName() + "</artifactId><version>1</version>"
        + content + "</project>\n");
    return dir;
  }
}
