package io.kfp4j.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The base image a build takes from {@code @Component(baseImage = ...)} when it names none. */
class DeclaredBaseTest {
  @TempDir
  Path work;

  private Path projectWithBases(String addBase, String otherBase) throws Exception {
    Path project = TestProjects.project(work.resolve("project"));
    Path components = project.resolve("classes/META-INF/kfp4j/components");
    TestProjects.write(components.resolve("add.component.yaml"),
        TestProjects.ADD_YAML.replace("'eclipse-temurin:17-jre'", "'" + addBase + "'"));
    if (otherBase != null) {
      TestProjects.write(components.resolve("sub.component.yaml"), TestProjects.ADD_YAML.replace("name: Add",
          "name: Sub").replace("'eclipse-temurin:17-jre'", "'" + otherBase + "'"));
    }
    return project;
  }

  @Test
  void theComponentsDeclaredBaseIsTheDefault() throws Exception {
    Path project = projectWithBases("tar://" + work.resolve("jre.tar"), null);
    ComponentImage image = ComponentImage.builder(TestProjects.classpath(project)).build();
    assertEquals(new ImageLocation.Tar(work.resolve("jre.tar")), image.base());
  }

  @Test
  void aBaseTheBuildNamesWins() throws Exception {
    Path project = projectWithBases("registry.test/jre:21", null);
    ComponentImage image = ComponentImage.builder(TestProjects.classpath(project))
        .base(new ImageLocation.Daemon("jre:17")).build();
    assertEquals(new ImageLocation.Daemon("jre:17"), image.base());
  }

  @Test
  void withoutADeclarationTheDefaultBaseIsTaken() throws Exception {
    Path project = TestProjects.project(work.resolve("project"));
    TestProjects.write(project.resolve("classes/META-INF/kfp4j/components/add.component.yaml"),
        TestProjects.ADD_YAML.replace("  annotations: {kfp4j/base-image: 'eclipse-temurin:17-jre'}\n", "  {}\n"));
    assertEquals(ComponentImage.DEFAULT_BASE,
        ComponentImage.builder(TestProjects.classpath(project)).build().base());
  }

  @Test
  void componentsThatDisagreeAreNamedWithTheirBases() throws Exception {
    Path project = projectWithBases("jre:17", "jre:21");
    ImageBuildException e = assertThrows(ImageBuildException.class,
        () -> ComponentImage.builder(TestProjects.classpath(project)).build());
    assertEquals("the components declare different base images with @Component(baseImage = ...): jre:17 (Add);"
        + " jre:21 (Sub), but one image holds them all; give them the same baseImage, or name the base of the build"
        + " (ComponentImage.Builder.base)", e.getMessage());
    assertEquals("base", e.facts().get("option"));
  }
}
