package io.kfp4j.launcher.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.runtime.resolve.ResolvedCommandLine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command lines the launcher must refuse with exit code 2, a message naming the flag, the value and the expected
 * type, and the usage; the method is never called, so no output file appears.
 */
class BadArgumentsTest {
  private static final String ADD_USAGE =
      "usage: io.kfp4j.testcomponents.Calc#add --a <Float value> --b <Float value> --out-Output <path to write the"
          + " Float output to>";

  @TempDir
  Path dir;

  @Test
  void aValueThatIsNotAFloat() {
    ComponentRun run = ComponentRun.run("add", Map.of("a", "abc", "b", "4"), dir);
    assertRefused(run, "flag --a: cannot read \"abc\" as a Float such as 1.5");
  }

  @Test
  void aJsonArrayForAJsonObjectInput() {
    ComponentRun run = ComponentRun.run("tag", Map.of("node", "[1, 2]", "tag", "t"), dir);
    assertEquals(2, run.exitCode(), () -> "exit code; stderr:\n" + run.stderr());
    List<String> lines = run.stderr().lines().toList();
    assertTrue(lines.get(0).startsWith("kfp4j launcher: component \"Tag\": flag --node: cannot read \"[1, 2]\" as"
        + " JSON for com.fasterxml.jackson.databind.node.ObjectNode ("), run.stderr());
    assertEquals("usage: io.kfp4j.testcomponents.JsonValues#tag --node <JsonObject value> --tag <String value>"
        + " --out-Output <path to write the JsonObject output to>", lines.get(1));
    run.assertNoOutputs();
  }

  @Test
  void aMissingRequiredFlag() {
    ResolvedCommandLine line = ComponentRun.resolve("add", Map.of("a", "1", "b", "4"), dir);
    List<String> command = new ArrayList<>(line.commandLine());
    int b = command.indexOf("--b");
    command.subList(b, b + 2).clear();
    assertRefused(ComponentRun.exec(line, command), "missing required flag --b (Float value)");
  }

  @Test
  void anUnknownFlag() {
    ResolvedCommandLine line = ComponentRun.resolve("add", Map.of("a", "1", "b", "4"), dir);
    List<String> command = new ArrayList<>(line.commandLine());
    command.addAll(command.indexOf("--b"), List.of("--c", "3"));
    assertRefused(ComponentRun.exec(line, command),
        "unknown flag \"--c\"; the flags are: --a --b --out-Output");
  }

  @Test
  void aFlagWithoutAValue() {
    ResolvedCommandLine line = ComponentRun.resolve("add", Map.of("a", "1", "b", "4"), dir);
    List<String> command = new ArrayList<>(line.commandLine());
    int b = command.indexOf("--b");
    command.subList(b, b + 2).clear();
    command.add("--b");
    assertRefused(ComponentRun.exec(line, command), "flag --b needs a value (Float value)");
  }

  private static void assertRefused(ComponentRun run, String message) {
    assertEquals(2, run.exitCode(), () -> "exit code; stderr:\n" + run.stderr());
    assertEquals("", run.stdout());
    List<String> lines = run.stderr().lines().toList();
    assertEquals(List.of("kfp4j launcher: component \"Add\": " + message, ADD_USAGE), lines);
    assertTrue(run.stderr().endsWith("\n"));
    run.assertNoOutputs();
  }
}
