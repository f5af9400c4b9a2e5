package io.kfp4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kfp4j components validate} and {@code stub} over KFP v2 component files (an IR with one component). */
class ComponentsV2Test {
  private static final Path CORPUS = Path.of("../runtime/src/test/resources/v2-components").toAbsolutePath()
      .normalize();

  @Test
  void aPythonFunctionComponentCompiledByKfp2IsValidWithAWarningAtItsExecutorField() {
    String add = Reference.arg("kfp-v2/goldens/critical/add_numbers.yaml");
    CliRun run = CliRun.run("components", "validate", "--strict", add);
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.outLines().get(0).matches("OK  \\Q" + add + "\\E  \"add-numbers\" \\(2 inputs, 1 output, KFP v2"
        + " container, sha256:[0-9a-f]{12}\\)"), run.describe());
    assertEquals(List.of(add + ":27:11: deploymentSpec.executors.exec-add-numbers.container.args[1]: warning: runs"
        + " on KFP v2 only: {{$}} is filled in by KFP v2's launcher; compile the"
        + " pipelines that use it for the v2 target (the Argo target and the embedded engine refuse it)"),
        run.errLines());
  }

  @Test
  void aContainerComponentIsValidWithoutWarnings() {
    String io = CORPUS.resolve("container_io.yaml").toString();
    CliRun run = CliRun.run("components", "validate", "--strict", io);
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.outLines().get(0).startsWith("OK  " + io + "  \"container-io\" (1 input, 1 output, KFP v2"
        + " container, sha256:"), run.describe());
    assertEquals("", run.err());
  }

  @Test
  void aPipelineIsNotAComponentAndTheProblemIsPlaced() {
    String pipeline = Reference.arg("kfp-v2/goldens/essential/pipeline_with_after.yaml");
    CliRun run = CliRun.run("components", "validate", pipeline);
    assertEquals(1, run.exitCode(), run.describe());
    assertTrue(run.err().contains(pipeline + ":"), run.describe());
    assertTrue(run.err().contains(": root.dag.tasks: the root DAG has 3 tasks (print-text, print-text-2,"
        + " print-text-3), so this is a pipeline, not a component"), run.describe());
    assertEquals(List.of("0 valid, 1 invalid"), run.outLines());
  }

  @Test
  void stubsOfContainerAndPythonFunctionComponents(@TempDir Path out) throws IOException {
    CliRun run = CliRun.run("components", "stub", CORPUS.resolve("container_io.yaml").toString(),
        CORPUS.resolve("py_add_numbers.yaml").toString(), "--package", "com.example.v2", "--out", out.toString());
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.out().startsWith("wrote 2 stubs of package com.example.v2 to " + out), run.describe());
    String io = Files.readString(out.resolve("com/example/v2/ContainerIoOp.java"));
    assertTrue(io.contains("public static ContainerIoOp containerIo(Source<String> text)"), io);
    String add = Files.readString(out.resolve("com/example/v2/AddNumbersOp.java"));
    assertTrue(add.contains("public static AddNumbersOp addNumbers(Source<Integer> a, Source<Integer> b)"), add);
    assertTrue(add.contains("its tasks run only in pipelines compiled for KFP v2"), add);
  }
}
