package io.kfp4j.sdk.local.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.local.LocalRunner;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.RunnerKind;
import io.kfp4j.sdk.local.calc.AdditionPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The subprocess runner starts kfp4j components' JVMs from a class data archive: the first run on a classpath
 * makes it under {@code <root>/cds/} (this test's classpath has Maven's class folders, packed into jars there), the
 * next run uses it, with the same outputs; it can be turned off.
 */
class ClassDataSharingRunTest {

  @Test
  void theFirstRunMakesTheArchiveAndTheNextUsesIt(@TempDir Path root) throws IOException {
    LocalRunner runner = LocalRunner.create().withRoot(root).withRunner(RunnerKind.SUBPROCESS).withCaching(false);
    RunResult first = runner.run(AdditionPipeline.spec(), Map.of("a", 7.0, "b", 8.0));
    assertEquals(RunStatus.SUCCEEDED, first.record().status(), LocalTesting.describe(first));
    assertEquals("19.0", first.output("add-2", "Output"));
    Path folder = onlyFolder(root.resolve("cds"));
    assertTrue(Files.size(folder.resolve("classes.jsa")) > 0, "the archive is made when the run returns");
    assertTrue(Files.exists(folder.resolve("classes.jsa.sum")));
    assertFalse(Files.exists(folder.resolve("unavailable.txt")));
    try (Stream<Path> jars = Files.list(folder.resolve("classpath"))) {
      assertTrue(jars.anyMatch(j -> j.getFileName().toString().endsWith("-test-classes.jar")), "folders packed");
    }

    RunResult second = runner.run(AdditionPipeline.spec(), Map.of("a", 7.0, "b", 8.0));
    assertEquals(RunStatus.SUCCEEDED, second.record().status(), LocalTesting.describe(second));
    assertEquals("11.0", second.output("add", "Output"));
    assertEquals("19.0", second.output("add-2", "Output"));
    assertEquals(folder, onlyFolder(root.resolve("cds")), "same classpath, same archive");
    for (String task : List.of("add", "add-2")) {
      assertEquals("", Files.readString(second.runDir().resolve("tasks").resolve(task).resolve("log.txt")),
          "nothing from the JVM or the engine in the log of " + task);
    }
  }

  @Test
  void itCanBeTurnedOff(@TempDir Path root) {
    RunResult run = LocalRunner.create().withRoot(root).withRunner(RunnerKind.SUBPROCESS).withClassDataSharing(false)
        .run(AdditionPipeline.spec(), Map.of("a", 7.0, "b", 8.0));
    assertEquals("19.0", run.output("add-2", "Output"));
    assertFalse(Files.exists(root.resolve("cds")));
  }

  private static Path onlyFolder(Path cds) throws IOException {
    try (Stream<Path> folders = Files.list(cds)) {
      List<Path> all = folders.toList();
      assertEquals(1, all.size(), all.toString());
      return all.get(0);
    }
  }
}
