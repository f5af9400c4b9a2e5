package io.kfp4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kfp4j run --double} and {@code --doubles FILE}: a pipeline with a resource task the engine cannot run
 * ({@link PipelineFixtures.Secret}) runs here with the task's outputs given, and the task downstream reads them.
 */
class RunDoublesTest {
  private static final String SECRET = PipelineFixtures.Secret.class.getName();

  @TempDir
  Path dir;

  @Test
  void aDoubleStandsInForAResourceTaskAndItsOutputsReachTheTaskDownstream() {
    CliRun run = run("--double", "create-secret:name=s-x7k2,manifest={\"kind\": \"Secret\"}");
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.out().contains("SUCCEEDED create-secret: replaced by a test double"), run.describe());
    assertTrue(run.out().contains("  create-secret  name = s-x7k2"), run.describe());
    assertTrue(run.out().contains("  create-secret  manifest = {\"kind\": \"Secret\"}"), run.describe());
    assertTrue(run.out().contains("  echo  said = s-x7k2"), run.describe());
  }

  @Test
  void doublesFromAFileAndTheOptionWinsForTheSameTask() throws IOException {
    Path file = Files.writeString(dir.resolve("doubles.yaml"), "create-secret:\n  name: from-file\n  manifest: {}\n");
    CliRun fromFile = run("--doubles", file.toString());
    assertEquals(0, fromFile.exitCode(), fromFile.describe());
    assertTrue(fromFile.out().contains("  echo  said = from-file"), fromFile.describe());

    CliRun both = run("--doubles", file.toString(), "--double", "create-secret:name=from-option,manifest={}");
    assertEquals(0, both.exitCode(), both.describe());
    assertTrue(both.out().contains("  echo  said = from-option"), both.describe());
  }

  @Test
  void withoutADoubleTheRefusalSaysWhichOptionToGive() {
    CliRun run = run();
    assertEquals(ExitCodes.FAILED, run.exitCode(), run.describe());
    assertEquals("kfp4j: pipeline \"secret\", task \"create-secret\": it would create a Secret on a Kubernetes"
        + " cluster, which the local engine does not have (it emulates only creating volume claims and snapshots, as"
        + " folders); give it a test double with its outputs: --double create-secret:name=VALUE,manifest=VALUE (or"
        + " --doubles FILE), or run the pipeline on KFP (--endpoint)\n", run.err());
  }

  @Test
  void aDoubleForATaskThePipelineDoesNotHaveListsItsTasks() {
    CliRun run = run("--double", "create-secrt:name=s");
    assertEquals(ExitCodes.FAILED, run.exitCode(), run.describe());
    assertEquals("kfp4j: --double \"create-secrt:name=s\": pipeline \"secret\" has no task or component"
        + " \"create-secrt\"; its tasks are: create-secret, echo (component Echo); name one of them: a double stands"
        + " in for a task by its name (in every iteration of a loop), or for every task of a component by the"
        + " component's name\n", run.err());
    assertFalse(Files.exists(dir.resolve("store/runs")), "no run started");
  }

  @Test
  void anOutputTheTaskDoesNotHaveListsItsOutputs() {
    CliRun run = run("--double", "create-secret:nme=s,manifest={}");
    assertEquals(ExitCodes.FAILED, run.exitCode(), run.describe());
    assertEquals("kfp4j: --double \"create-secret:nme=s,manifest={}\": task \"create-secret\" has no output"
        + " \"nme\"; its outputs are: name, manifest; name its outputs only\n", run.err());
  }

  @Test
  void malformedTextIsAUsageError() {
    CliRun run = run("--double", "create-secret=name=s");
    assertEquals(ExitCodes.USAGE, run.exitCode(), run.describe());
    assertTrue(run.err().startsWith("kfp4j: --double \"create-secret=name=s\": it has no colon after the task; write it as"
        + " TASK:OUTPUT=VALUE[,OUTPUT=VALUE...] (TASK alone for a task without outputs)"), run.describe());
  }

  @Test
  void aFileThatIsNotDoublesNamesItsLine() throws IOException {
    Path file = Files.writeString(dir.resolve("doubles.yaml"), "create-secret:\n  - name\n");
    CliRun run = run("--doubles", file.toString());
    assertEquals(ExitCodes.FAILED, run.exitCode(), run.describe());
    assertTrue(run.err().startsWith("kfp4j: " + file + ":2:3: create-secret: the double is not a mapping of outputs"
        + " to values"), run.describe());
  }

  @Test
  void doublesAreForARunHereNotOnAServer() {
    CliRun run = run("--double", "create-secret:name=s,manifest={}", "--endpoint", "http://127.0.0.1:9");
    assertEquals(ExitCodes.USAGE, run.exitCode(), run.describe());
    assertTrue(run.err().startsWith("kfp4j: --double and --doubles stand in for tasks of a run here; a KFP server runs every"
        + " task: drop them, or drop --endpoint to run here"), run.describe());
  }

  private CliRun run(String... options) {
    String[] args = new String[options.length + 4];
    args[0] = "run";
    args[1] = SECRET;
    args[2] = "--root";
    args[3] = dir.resolve("store").toString();
    System.arraycopy(options, 0, args, 4, options.length);
    return CliRun.in(CompileTest.outsideAProject(dir), args);
  }
}
