package io.kfp4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kfp4j components validate}. */
class ComponentsValidateTest {

  @Test
  void validComponentGetsAnOkLine() {
    String add = Reference.arg(Reference.ADD);
    CliRun run = CliRun.run("components", "validate", add);
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.outLines().get(0).matches(
        "OK  \\Q" + add + "\\E  \"Add\" \\(2 inputs, 1 output, container, sha256:[0-9a-f]{12}\\)"), run.describe());
    assertEquals("1 valid, 0 invalid", run.outLines().get(1));
    assertEquals("", run.err());
  }

  @Test
  void malformedComponentGetsEveryProblemWithFileLineAndColumn() {
    String bad = Reference.arg(Reference.MALFORMED);
    CliRun run = CliRun.run("components", "validate", "--strict", bad);
    assertEquals(1, run.exitCode(), run.describe());
    List<String> errors = run.errLines();
    assertEquals(3, errors.size(), run.describe());
    assertProblem(errors, bad + ":44:3: implementation.container: ", "duplicate key \"container\"");
    assertProblem(errors, bad + ":28:1: metrics: ", "unknown key \"metrics\"");
    assertProblem(errors, bad + ":50:25: implementation.container.args[5].outputValue: ", "outputValue");
    assertEquals(List.of("0 valid, 1 invalid"), run.outLines());
  }

  @Test
  void missingFileIsInvalidAndNamed() {
    CliRun run = CliRun.run("components", "validate", "no/such/component.yaml");
    assertEquals(1, run.exitCode(), run.describe());
    assertTrue(run.err().startsWith("no/such/component.yaml: no such file"), run.describe());
    assertEquals(List.of("0 valid, 1 invalid"), run.outLines());
  }

  @Test
  void severalFilesOneBadReportsBothAndFails() {
    String add = Reference.arg(Reference.ADD);
    String bad = Reference.arg(Reference.MALFORMED);
    CliRun run = CliRun.run("components", "validate", add, bad);
    assertEquals(1, run.exitCode(), run.describe());
    assertTrue(run.outLines().get(0).startsWith("OK  " + add + "  \"Add\""), run.describe());
    assertTrue(run.errLines().stream().anyMatch(l -> l.startsWith(bad + ":28:1: ")), run.describe());
    assertEquals("1 valid, 1 invalid", run.outLines().get(run.outLines().size() - 1));
  }

  /** How a warning about a placeholder only KFP v2 fills in ends: what to do. */
  private static final String V2_ONLY_FIX = " is filled in by KFP v2's launcher; compile the pipelines that use it for"
      + " the v2 target (the Argo target and the embedded engine refuse it)";

  @Test
  void v2OnlyComponentIsValidWithAWarning() {
    String v2 = Reference.arg(Reference.V2_ONLY);
    CliRun run = CliRun.run("components", "validate", v2);
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.outLines().get(0).startsWith("OK  " + v2), run.describe());
    assertEquals(List.of(v2 + ":980:7: implementation.container.args[1]: warning: runs on KFP v2 only: executorInput"
        + V2_ONLY_FIX), run.errLines());
    assertEquals("1 valid, 0 invalid", run.outLines().get(1));
  }

  private static final String TWICE = String.join("\n",
      "name: Twice",
      "implementation:",
      "  container:",
      "    image: busybox:1",
      "    command: [echo, hi]",
      "    image: busybox:2",
      "");

  @Test
  void aKeyGivenTwiceIsValidWithAWarningNamingBothLines(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("twice.yaml");
    Files.writeString(file, TWICE);
    CliRun run = CliRun.run("components", "validate", file.toString());
    assertEquals(0, run.exitCode(), run.describe());
    assertEquals(List.of(file + ":6:5: implementation.container.image: warning: duplicate key \"image\" at lines 4"
        + " and 6: KFP keeps the last value (line 6), and so does kfp4j; remove the other one (strict mode refuses"
        + " this)"), run.errLines());
  }

  @Test
  void strictRefusesAKeyGivenTwice(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("twice.yaml");
    Files.writeString(file, TWICE);
    CliRun run = CliRun.run("components", "validate", "--strict", file.toString());
    assertEquals(1, run.exitCode(), run.describe());
    assertEquals(List.of(file + ":6:5: implementation.container.image: duplicate key \"image\" (first at line 4,"
        + " column 5); keep only one of them"), run.errLines());
    assertEquals(List.of("0 valid, 1 invalid"), run.outLines());
  }

  @Test
  void withoutStrictTheMalformedComponentFailsForItsOtherProblems() {
    String bad = Reference.arg(Reference.MALFORMED);
    CliRun run = CliRun.run("components", "validate", bad);
    assertEquals(1, run.exitCode(), run.describe());
    assertEquals(2, run.errLines().size(), run.describe());
    assertProblem(run.errLines(), bad + ":28:1: metrics: ", "unknown key \"metrics\"");
  }

  @Test
  void v2OnlyPlaceholdersInsideConcatIfAndLiteralsAreFound(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("v2.yaml");
    Files.writeString(file, String.join("\n",
        "name: V2",
        "inputs:",
        "- {name: a}",
        "outputs:",
        "- {name: b}",
        "implementation:",
        "  container:",
        "    image: alpine",
        "    command: [sh, -c, 'echo \"{{$.inputs.parameters[''a'']}}\"']",
        "    args:",
        "    - concat: [--in=, {inputUri: a}]",
        "    - if: {cond: {isPresent: a}, then: [--out, {outputUri: b}], else: {outputMetadata: null}}",
        "    - {inputValue: a}",
        ""));
    CliRun run = CliRun.run("components", "validate", file.toString());
    assertEquals(0, run.exitCode(), run.describe());
    String warning = ": warning: runs on KFP v2 only: ";
    String suffix = V2_ONLY_FIX;
    assertEquals(List.of(
        file + ":9:23: implementation.container.command[2]" + warning + "{{$.inputs.parameters['a']}}" + suffix,
        file + ":11:23: implementation.container.args[0].concat[1]" + warning + "inputUri" + suffix,
        file + ":12:48: implementation.container.args[1].if.then[1]" + warning + "outputUri" + suffix,
        file + ":12:71: implementation.container.args[1].if.else" + warning + "outputMetadata" + suffix),
        run.errLines());
  }

  @Test
  void fileUrlIsLoaded() {
    String url = Reference.file(Reference.ADD).toUri().toString();
    CliRun run = CliRun.run("components", "validate", url);
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.outLines().get(0).startsWith("OK  " + url + "  \"Add\""), run.describe());
  }

  @Test
  void relativeFileUrlIsInvalidNotAnInternalError() {
    CliRun run = CliRun.run("components", "validate", "file:add.component.yaml");
    assertEquals(1, run.exitCode(), run.describe());
    assertTrue(run.err().startsWith("file:add.component.yaml: not a usable file URL"), run.describe());
  }

  private static void assertProblem(List<String> errors, String prefix, String text) {
    assertTrue(errors.stream().anyMatch(l -> l.startsWith(prefix) && l.contains(text)),
        "no problem line starting with \"" + prefix + "\" and containing \"" + text + "\" in:\n"
            + String.join("\n", errors));
  }

  @Test
  void aFolderIsEveryComponentSpecUnderIt(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("add"));
    Files.copy(Path.of(Reference.arg(Reference.ADD)), dir.resolve("add/component.yaml"));
    Files.writeString(dir.resolve("notes.yaml"), "not: a component\n");
    CliRun run = CliRun.run("components", "validate", dir.toString());
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.outLines().get(0).startsWith("OK  " + dir.resolve("add/component.yaml") + "  \"Add\""),
        run.describe());
    assertEquals("1 valid, 0 invalid", run.outLines().get(1));
  }

  @Test
  void aFolderWithoutSpecsIsAnErrorNamingIt(@TempDir Path dir) {
    CliRun run = CliRun.run("components", "validate", dir.toString());
    assertEquals(1, run.exitCode(), run.describe());
    assertTrue(run.err().startsWith(dir + ": a folder without component specs"), run.describe());
  }

  @Test
  void aDefaultItsTypeCannotReadIsValidWithAWarning(@TempDir Path dir) throws IOException {
    Path spec = Files.writeString(dir.resolve("count.yaml"), String.join("\n", "name: Count", "inputs:",
        "- {name: n, type: Integer, default: x}", "implementation:",
        "  container: {image: alpine, command: [echo, {inputValue: n}]}", ""));
    CliRun run = CliRun.run("components", "validate", spec.toString());
    assertEquals(0, run.exitCode(), run.describe());
    assertEquals(List.of(spec + ":3:37: inputs[0].default: warning: default \"x\" of input \"n\" is not a valid"
        + " Integer; KFP loads it, but a task that leaves \"n\" unset fails when it runs; give a default that is a"
        + " valid Integer, or none"), run.errLines());
  }
}
