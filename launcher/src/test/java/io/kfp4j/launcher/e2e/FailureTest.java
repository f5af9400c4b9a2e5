package io.kfp4j.launcher.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Components that fail: exit code 1, the stack trace on stderr, and no output file at all, not even one the
 * method had started writing or one of several outputs that was ready before another failed.
 */
class FailureTest {
  @TempDir
  Path dir;

  @Test
  void aThrowingMethodExitsWithItsStackTrace() {
    ComponentRun run = ComponentRun.run("explode", Map.of("message", "boom"), dir);
    assertFailed(run, "Explode", "java.lang.IllegalStateException: boom");
    assertTrue(run.stderr().contains("\tat " + TestComponents.class.getName() + ".explode(TestComponents.java:"),
        run.stderr());
    assertTrue(run.stderr().contains("\tat io.kfp4j.launcher.Launcher.run(Launcher.java:"), run.stderr());
  }

  @Test
  void aFileTheMethodStartedWritingIsDeleted() {
    ComponentRun run = ComponentRun.run("write-then-fail", Map.of("text", "partial"), dir);
    assertFailed(run, "Write then fail", "java.io.IOException: disk full after writing 7 characters");
    assertFalse(Files.exists(run.outputPath("part")));
  }

  @Test
  void anOutputTheMethodDidNotWriteIsAFailure() {
    ComponentRun run = ComponentRun.run("forget-output", Map.of("text", "x"), dir);
    assertFailed(run, "Forget output", "java.lang.IllegalStateException: the component did not write its output "
        + run.outputPath("result") + " (it must create a file or folder at the path it was given)");
  }

  @Test
  void noOutputIsCommittedWhenAnotherCannotBeWritten() {
    ComponentRun run = ComponentRun.run("half-pair", Map.of("first", "ready"), dir);
    assertFailed(run, "Half pair", "java.lang.IllegalStateException: the component returned null for output"
        + " \"second\"");
    assertFalse(Files.exists(run.outputPath("first")));
  }

  private static void assertFailed(ComponentRun run, String component, String exception) {
    assertEquals(1, run.exitCode(), () -> "exit code; stderr:\n" + run.stderr());
    assertEquals("", run.stdout());
    assertTrue(run.stderr().startsWith("kfp4j launcher: component \"" + component + "\" failed:\n" + exception),
        run.stderr());
    run.assertNoOutputs();
  }
}
