package io.kfp4j.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kfp4j:validate}: the component specs under the resources. */
class ValidateMojoTest {
  private static final String VALID = """
      name: Echo
      inputs:
      - {name: text, type: String}
      implementation:
        container:
          image: alpine
          command: [echo, {inputValue: text}]
      """;
  private static final String INVALID = """
      name: Broken
      inputs:
      - {name: text, type: String}
      implementation:
        container:
          command: [echo, {inputValue: txt}]
      """;

  @TempDir
  Path dir;

  private final TestProject.Lines log = new TestProject.Lines();

  private ValidateMojo mojo() {
    ValidateMojo mojo = new ValidateMojo();
    mojo.project = TestProject.with(dir);
    mojo.setLog(log);
    return mojo;
  }

  private Path write(String relative, String text) throws Exception {
    Path file = dir.resolve("src/main/resources").resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void reportsEachValidSpecUnderTheResources() throws Exception {
    Path echo = write("components/echo/component.yaml", VALID);
    Path other = write("echo.component.yml", VALID);
    write("notes.yaml", "not: a component\n");
    mojo().execute();
    assertTrue(log.text().contains("[info] OK  " + echo + "  \"Echo\" (1 input, 0 outputs, container, sha256:"),
        log.text());
    assertTrue(log.text().contains("[info] OK  " + other + "  \"Echo\""), log.text());
    assertTrue(log.lines.contains("[info] 2 valid, 0 invalid"), log.text());
  }

  @Test
  void anInvalidSpecFailsTheBuildWithEveryProblemAndItsPlace() throws Exception {
    write("echo.component.yaml", VALID);
    Path broken = write("broken.component.yaml", INVALID);
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo()::execute);
    assertTrue(e.getMessage().startsWith("1 of 2 component specs are invalid:\n  " + broken + ":"), e.getMessage());
    assertTrue(e.getMessage().contains("image"), e.getMessage());
    assertTrue(e.getMessage().contains("txt"), e.getMessage());
    assertTrue(log.lines.contains("[info] 1 valid, 1 invalid"), log.text());
  }

  @Test
  void theSpecsGivenReplaceTheSearch() throws Exception {
    write("broken.component.yaml", INVALID);
    Path echo = dir.resolve("elsewhere.yaml");
    Files.writeString(echo, VALID);
    ValidateMojo mojo = mojo();
    mojo.components = List.of(echo.toString());
    mojo.execute();
    assertTrue(log.lines.contains("[info] 1 valid, 0 invalid"), log.text());
  }

  @Test
  void noSpecsIsNotAFailure() throws Exception {
    mojo().execute();
    assertEquals(List.of("[info] kfp4j: no component specs under the resources of com.example:app"), log.lines);
  }
}
