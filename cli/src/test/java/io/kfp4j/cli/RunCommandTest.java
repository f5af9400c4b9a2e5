package io.kfp4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kfp4j run}, {@code runs list} and {@code runs show} on the seed's addition pipeline. */
class RunCommandTest {

  @Test
  void runsTheAdditionPipelineAndPrintsItsResults(@TempDir Path root) {
    CliRun run = CliRun.run("run", "addition-pipeline", "--classpath", CompileTest.examples(), "--param", "a=7",
        "--param", "b=8", "--root", root.toString());
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.out().contains("SUCCEEDED add-2"), run.describe());
    assertTrue(run.out().contains("  add  Output = 11.0"), run.describe());
    assertTrue(run.out().contains("  add-2  Output = 19.0"), run.describe());
    assertTrue(Files.isDirectory(root.resolve("runs")), "runs are recorded under --root");
  }

  @Test
  void subprocessRunnerGivesTheSameResult(@TempDir Path root) {
    CliRun run = CliRun.run("run", "addition-pipeline", "--classpath", CompileTest.examples(), "--param", "a=1",
        "--param", "b=2", "--runner", "subprocess", "--root", root.toString());
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.out().contains("  add-2  Output = 7.0"), run.describe());
    assertTrue(Files.isDirectory(root.resolve("cds")), "kfp4j tasks started from a class data archive under --root");
  }

  @Test
  void classSharingCanBeTurnedOff(@TempDir Path root) {
    CliRun run = CliRun.run("run", "addition-pipeline", "--classpath", CompileTest.examples(), "--param", "a=1",
        "--param", "b=2", "--runner", "subprocess", "--no-class-sharing", "--root", root.toString());
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.out().contains("  add-2  Output = 7.0"), run.describe());
    assertFalse(Files.exists(root.resolve("cds")), "no archive is made or used");
  }

  @Test
  void showPrintsAParameterOfSeveralLinesOnOneLine(@TempDir Path root) {
    CliRun run = CliRun.run("run", "single-condition-pipeline", "--classpath", CompileTest.examples(), "--root",
        root.toString(), "--param", "text=first\nsecond", "--param", "forceFlipResult=tails");
    assertEquals(0, run.exitCode(), run.describe());
    String id = CliRun.run("runs", "list", "--root", root.toString()).outLines().get(1).split("\\s+")[0];
    CliRun show = CliRun.run("runs", "show", id, "--root", root.toString());
    assertTrue(show.out().contains("  param text = first\\nsecond\n"), show.describe());
  }

  @Test
  void listAndShowTheRecordedRun(@TempDir Path root) {
    CliRun first = CliRun.run("run", "addition-pipeline", "--classpath", CompileTest.examples(), "--root",
        root.toString(), "--experiment", "seed");
    assertEquals(0, first.exitCode(), first.describe());
    CliRun list = CliRun.run("runs", "list", "--root", root.toString());
    assertEquals(0, list.exitCode(), list.describe());
    List<String> lines = list.outLines();
    assertEquals(2, lines.size(), list.describe());
    assertTrue(lines.get(1).contains("SUCCEEDED"), list.describe());
    String id = lines.get(1).split("\\s+")[0];
    CliRun show = CliRun.run("runs", "show", id, "--root", root.toString());
    assertEquals(0, show.exitCode(), show.describe());
    assertTrue(show.out().contains("experiment: seed"), show.describe());
    assertTrue(show.out().contains("param a = 1"), show.describe());
    assertTrue(show.out().contains("task add-2 (Add): SUCCEEDED"), show.describe());
    assertTrue(show.out().contains("out Output = 12.0"), show.describe());
    assertEquals(0, CliRun.run("runs", "list", "--experiment", "other", "--root", root.toString()).exitCode());
    assertTrue(CliRun.run("runs", "list", "--experiment", "other", "--root", root.toString()).out()
        .contains("no runs in experiment other"));
  }

  @Test
  void badInputs(@TempDir Path root) {
    CliRun unknownParam = CliRun.run("run", "addition-pipeline", "--classpath", CompileTest.examples(), "--param",
        "c=1", "--root", root.toString());
    assertEquals(1, unknownParam.exitCode(), unknownParam.describe());
    assertTrue(unknownParam.err().contains("has no parameter \"c\"; its parameters are: a, b"), unknownParam.describe());
    CliRun badParam = CliRun.run("run", "addition-pipeline", "--param", "novalue");
    assertEquals(2, badParam.exitCode(), badParam.describe());
    CliRun badRunner = CliRun.run("run", "addition-pipeline", "--runner", "cluster");
    assertEquals(2, badRunner.exitCode(), badRunner.describe());
    assertTrue(badRunner.err().contains("choose in-process, subprocess or docker"), badRunner.describe());
    CliRun badValue = CliRun.run("run", "addition-pipeline", "--classpath", CompileTest.examples(), "--param",
        "a=abc", "--root", root.toString());
    // checked before any task starts, naming the parameter and its type
    assertEquals(1, badValue.exitCode(), badValue.describe());
    assertTrue(badValue.err().contains("pipeline \"addition-pipeline\", parameter \"a\" (type Float): Text \"abc\""
        + " cannot be deserialized as KFP type \"Float\""), badValue.describe());
    assertTrue(badValue.err().contains("pass a Float as KFP text, e.g. 1.5: --param a=VALUE"), badValue.describe());
    assertTrue(!badValue.out().contains("FAILED") && !java.nio.file.Files.exists(root.resolve("runs")),
        "no run started: " + badValue.describe());
    CliRun noRun = CliRun.run("runs", "show", "nope", "--root", root.toString());
    assertEquals(1, noRun.exitCode(), noRun.describe());
  }
}
