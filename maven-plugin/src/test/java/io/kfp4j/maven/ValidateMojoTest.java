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
    assertEquals("1 of 2 component specs are invalid; their problems are listed above as file:line:column: field:"
        + " message", e.getMessage());
    List<String> errors = log.lines.stream().filter(l -> l.startsWith("[error] ")).toList();
    assertTrue(errors.stream().allMatch(l -> l.startsWith("[error] " + broken + ":")), log.text());
    assertTrue(errors.stream().anyMatch(l -> l.contains("image")), log.text());
    assertTrue(errors.stream().anyMatch(l -> l.contains("txt")), log.text());
    assertEquals(errors.stream().distinct().count(), errors.size(), "each problem once: " + log.text());
    assertTrue(log.lines.contains("[info] 1 valid, 1 invalid"), log.text());
  }

  @Test
  void problemsComeInTheOrderOfTheFile() throws Exception {
    write("broken.component.yaml", INVALID);
    assertThrows(MojoFailureException.class, mojo()::execute);
    List<int[]> places = log.lines.stream().filter(l -> l.startsWith("[error] "))
        .map(l -> l.split(":")).map(p -> new int[] {Integer.parseInt(p[1]), Integer.parseInt(p[2])}).toList();
    for (int i = 1; i < places.size(); i++) {
      int[] a = places.get(i - 1);
      int[] b = places.get(i);
      assertTrue(a[0] < b[0] || a[0] == b[0] && a[1] <= b[1], log.text());
    }
  }

  @Test
  void aDefaultItsTypeCannotReadIsAWarning() throws Exception {
    Path spec = write("count.component.yaml", """
        name: Count
        inputs:
        - {name: n, type: Integer, default: x}
        implementation:
          container: {image: alpine, command: [echo, {inputValue: n}]}
        """);
    mojo().execute();
    assertTrue(log.lines.contains("[warn] " + spec + ":3:37: inputs[0].default: warning: default \"x\" of input \"n\""
        + " is not a valid Integer; KFP loads it, but a task that leaves \"n\" unset fails when it runs; give a"
        + " default that is a valid Integer, or none"), log.text());
  }

  @Test
  void aFolderGivenIsSearched() throws Exception {
    Path folder = dir.resolve("shared");
    Files.createDirectories(folder.resolve("deep"));
    Files.writeString(folder.resolve("deep/component.yaml"), VALID);
    Files.writeString(folder.resolve("readme.yaml"), "not: a component\n");
    ValidateMojo mojo = mojo();
    mojo.components = List.of(folder.toString());
    mojo.execute();
    assertTrue(log.lines.contains("[info] 1 valid, 0 invalid"), log.text());
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

  @Test
  void aKeyGivenTwiceIsAWarningOrWithStrictAProblem() throws Exception {
    Path twice = write("twice.component.yaml", VALID + "  image: alpine:3\n".indent(2));
    mojo().execute();
    assertTrue(log.lines.contains("[warn] " + twice + ":8:5: implementation.container.image: warning: duplicate key"
        + " \"image\" at lines 6 and 8: KFP keeps the last value (line 8), and so does kfp4j; remove the other one"
        + " (strict mode refuses this)"), log.text());
    ValidateMojo strict = mojo();
    strict.strict = true;
    assertThrows(MojoFailureException.class, strict::execute);
    assertTrue(log.lines.contains("[error] " + twice + ":8:5: implementation.container.image: duplicate key \"image\""
        + " (first at line 6, column 5); keep only one of them"), log.text());
  }
}
