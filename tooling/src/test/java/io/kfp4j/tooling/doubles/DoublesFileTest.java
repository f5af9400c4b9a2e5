package io.kfp4j.tooling.doubles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.tooling.ToolingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Doubles in a YAML or JSON file. */
class DoublesFileTest {
  @TempDir
  Path dir;

  @Test
  void valuesAreTheirTextAsWrittenAndStructuresBecomeJson() throws IOException {
    GivenDoubles doubles = read(String.join("\n",
        "create-secret:",
        "  name: s-x7k2",
        "  manifest: {kind: Secret, data: {a: 1}}",
        "count: {n: 007, report: 'yes', ratio: 1.50, day: 2024-01-02, flag: True, xs: [1, 2.5, true]}",
        "wait-job:",
        "Echo: {}",
        ""));
    assertEquals(List.of("create-secret", "count", "wait-job", "Echo"),
        doubles.doubles().stream().map(GivenDouble::match).toList());
    assertEquals(Map.of("name", "s-x7k2", "manifest", "{\"data\": {\"a\": 1}, \"kind\": \"Secret\"}"),
        doubles.doubles().get(0).outputs());
    assertEquals(Map.of("n", "007", "report", "yes", "ratio", "1.50", "day", "2024-01-02", "flag", "True",
        "xs", "[1, 2.5, true]"), doubles.doubles().get(1).outputs());
    assertEquals(Map.of(), doubles.doubles().get(2).outputs());
    assertEquals(Map.of(), doubles.doubles().get(3).outputs());
    assertEquals(dir.resolve("d.yaml") + ":1:1", doubles.doubles().get(0).origin());
    assertEquals(dir.resolve("d.yaml") + ":4:1", doubles.doubles().get(1).origin());
  }

  @Test
  void jsonIsYamlToo() throws IOException {
    GivenDoubles doubles = read("{\"create-secret\": {\"name\": \"s-1\", \"manifest\": {}}}");
    assertEquals(Map.of("name", "s-1", "manifest", "{}"), doubles.doubles().get(0).outputs());
  }

  @Test
  void anEmptyFileHasNoDoubles() throws IOException {
    assertTrue(read("# none yet\n").isEmpty());
  }

  @Test
  void problemsNameTheFileLineAndColumn() {
    String file = dir.resolve("d.yaml").toString();
    assertEquals(file + ":1:1: the file is not a mapping; a doubles file maps each task (or component) to its"
        + " outputs, e.g. create-secret: {name: s-1, manifest: '{}'}; a task without outputs maps to nothing",
        failure("- create-secret\n").getMessage());
    assertEquals(file + ":2:3: create-secret: the double is not a mapping of outputs to values; a doubles file maps"
        + " each task (or component) to its outputs, e.g. create-secret: {name: s-1, manifest: '{}'}; a task without"
        + " outputs maps to nothing", failure("create-secret:\n  - name\n").getMessage());
    assertEquals(file + ":3:3: create-secret: output \"name\" is given twice (first at line 2); keep only one",
        failure("create-secret:\n  name: a\n  name: b\n").getMessage());
    assertEquals(file + ":2:1: task \"t\" is given twice (first at line 1); keep only one",
        failure("t:\nt: {}\n").getMessage());
    assertTrue(failure("t: {a: [}\n").getMessage().startsWith(file + ":1:"), "a YAML error has its place");
    assertTrue(failure("t: {a: [}\n").getMessage().contains(": not valid YAML: "));
  }

  @Test
  void aMissingFileNamesTheOption() {
    Path missing = dir.resolve("none.yaml");
    ToolingException e = assertThrows(ToolingException.class, () -> DoublesFile.read(missing, "--doubles"));
    assertEquals("--doubles " + missing + ": cannot read it: no such file or folder; give a readable YAML or JSON"
        + " file", e.getMessage());
  }

  private GivenDoubles read(String text) throws IOException {
    Path file = dir.resolve("d.yaml");
    Files.writeString(file, text);
    return DoublesFile.read(file, "--doubles");
  }

  private ToolingException failure(String text) {
    return assertThrows(ToolingException.class, () -> read(text));
  }
}
