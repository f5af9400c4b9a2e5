package io.kfp4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kfp4j run} of a pipeline whose importer reads a {@code gs://} URI ({@link PipelineFixtures.Import}): the
 * engine's refusal names the command's own options, and each of them runs the pipeline here.
 */
class RunImporterTest {
  private static final String IMPORT = PipelineFixtures.Import.class.getName();

  @TempDir
  Path dir;

  @Test
  void theRefusalOfARemoteUriNamesTheOptionsThatRunItHere() {
    CliRun run = run();
    assertEquals(ExitCodes.FAILED, run.exitCode(), run.describe());
    assertEquals("kfp4j: pipeline \"import\", task \"importer\": imports \"gs://bucket/data.csv\", which the local"
        + " engine cannot fetch (it imports a local path or a file:// URI only); give it a test double with the"
        + " artifact's content: --double importer:artifact=CONTENT (or --doubles FILE), or --param uri=PATH of a"
        + " local file or folder (or a file:// URI), or run the pipeline on KFP (--endpoint)\n", run.err());
  }

  @Test
  void eachSuggestedOptionRunsThePipelineHere() throws IOException {
    CliRun doubled = run("--double", "importer:artifact=from-double");
    assertEquals(0, doubled.exitCode(), doubled.describe());
    assertTrue(doubled.out().contains("  read  text = from-double"), doubled.describe());

    Path data = Files.writeString(dir.resolve("data.csv"), "from-file");
    CliRun local = run("--param", "uri=" + data);
    assertEquals(0, local.exitCode(), local.describe());
    assertTrue(local.out().contains("  read  text = from-file"), local.describe());
  }

  private CliRun run(String... options) {
    String[] args = new String[options.length + 4];
    args[0] = "run";
    args[1] = IMPORT;
    args[2] = "--root";
    args[3] = dir.resolve("store").toString();
    System.arraycopy(options, 0, args, 4, options.length);
    return CliRun.in(CompileTest.outsideAProject(dir), args);
  }
}
