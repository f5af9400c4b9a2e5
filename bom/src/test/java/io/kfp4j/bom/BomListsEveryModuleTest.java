package io.kfp4j.bom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published BOM lists every published module of this reactor at its version, and nothing else. */
class BomListsEveryModuleTest {
  private static final Path ROOT = Path.of(System.getProperty("kfp4j.root", ".."));
  private static final Path PUBLISHED_BOM = Path.of(System.getProperty("kfp4j.publishedBom",
      "target/.flattened-pom.xml"));

  @Test
  void thisReactorsBomIsComplete() {
    assertEquals(List.of(), BomCheck.problems(ROOT, PUBLISHED_BOM));
  }

  @Test
  void examplesAndBenchAreNotPublishedAndTheLibrariesAre() {
    Map<String, String> published = BomCheck.publishedModules(ROOT, PomFile.read(ROOT.resolve("pom.xml")));
    assertTrue(published.containsKey("kfp4j-sdk"), published.toString());
    assertTrue(published.containsKey("kfp4j-processor"), published.toString());
    assertTrue(!published.containsKey("kfp4j-examples") && !published.containsKey("kfp4j-bench")
        && !published.containsKey("kfp4j-bom"), published.toString());
  }

  @Test
  void aMissingModuleAStrayEntryAndAnotherVersionAreEachNamed(@TempDir Path root) throws IOException {
    write(root.resolve("pom.xml"), project("kfp4j-parent", "1.2.0", "<packaging>pom</packaging>"
        + "<modules><module>core</module><module>extra</module><module>demo</module><module>bom</module></modules>"));
    write(root.resolve("core/pom.xml"), project("kfp4j-core", null, ""));
    write(root.resolve("extra/pom.xml"), project("kfp4j-extra", null, "<packaging>maven-plugin</packaging>"));
    write(root.resolve("demo/pom.xml"), project("kfp4j-demo", null,
        "<properties><maven.deploy.skip>true</maven.deploy.skip></properties>"));
    write(root.resolve("bom/pom.xml"), project("kfp4j-bom", null, "<packaging>pom</packaging>"));
    Path bom = root.resolve("published-bom.xml");
    write(bom, project("kfp4j-bom", "1.2.0", "<packaging>pom</packaging><dependencyManagement><dependencies>"
        + entry("io.kfp4j", "kfp4j-core", "1.1.0") + entry("com.example", "jackson-pin", "2.0")
        + "</dependencies></dependencyManagement><dependencies/>"));

    List<String> problems = BomCheck.problems(root, bom);

    assertEquals(4, problems.size(), String.join("\n", problems));
    assertTrue(problems.get(0).endsWith("has <dependencies>, which an importing build would see or need;"
        + " the published BOM holds only kfp4j's dependencyManagement (see flatten's pomElements in bom/pom.xml)"),
        problems.get(0));
    assertEquals("module extra (kfp4j-extra) is published but missing from bom/pom.xml; add <dependency><groupId>"
        + "io.kfp4j</groupId><artifactId>kfp4j-extra</artifactId><version>${project.version}</version></dependency>"
        + " to its dependencyManagement", problems.get(1));
    assertEquals("bom/pom.xml: io.kfp4j:kfp4j-core has version 1.1.0; write ${project.version}, every kfp4j"
        + " artifact comes at the BOM's own version", problems.get(2));
    assertEquals("bom/pom.xml: com.example:jackson-pin is not a published module of the reactor (kfp4j-core,"
        + " kfp4j-extra); remove it: the BOM pins kfp4j's own artifacts only", problems.get(3));
  }

  @Test
  void aBomAtAnotherVersionThanTheReactorIsNamed(@TempDir Path root) throws IOException {
    write(root.resolve("pom.xml"), project("kfp4j-parent", "1.2.0", "<modules><module>core</module></modules>"));
    write(root.resolve("core/pom.xml"), project("kfp4j-core", null, ""));
    Path bom = root.resolve("published-bom.xml");
    write(bom, project("kfp4j-bom", "1.0.0", "<dependencyManagement><dependencies>"
        + entry("io.kfp4j", "kfp4j-core", "${project.version}") + "</dependencies></dependencyManagement>"));

    assertEquals(List.of(bom + ": version 1.0.0, the reactor's is 1.2.0; the BOM must inherit the project's version"),
        BomCheck.problems(root, bom));
  }

  private static String project(String artifactId, String version, String body) {
    return "<project><modelVersion>4.0.0</modelVersion><groupId>io.kfp4j</groupId><artifactId>" + artifactId
        + "</artifactId>" + (version == null ? "" : "<version>" + version + "</version>") + body + "</project>";
  }

  private static String entry(String groupId, String artifactId, String version) {
    return "<dependency><groupId>" + groupId + "</groupId><artifactId>" + artifactId + "</artifactId><version>"
        + version + "</version></dependency>";
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
