package io.kfp4j.sdk.local.runs;

import static io.kfp4j.sdk.local.runs.LocalTesting.args;
import static io.kfp4j.sdk.local.runs.LocalTesting.assertTask;
import static io.kfp4j.sdk.local.runs.LocalTesting.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ComponentTask;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.LocalRunner;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.TaskStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Caching: the same component on the same inputs reuses the stored outputs without running; a changed input,
 * caching(false), withCaching(false) and maxCacheStaleness("P0D") run it again. Each real run appends a line to a
 * journal, so the journal counts what really ran.
 */
class CachingRunTest {

  private static final ComponentDefinition SHOUT = LocalTesting.shell("Shout", """
      echo "$1" >> "$0"
      printf '%s!' "$1" > "$2"
      """, "journal", "text", ">loud");

  /** Counts the lines of a file input, noting each real run in the journal. */
  private static final ComponentDefinition COUNT = LocalTesting.shell("Count", """
      echo count >> "$0"
      wc -c < "$1" | tr -d ' ' > "$2"
      """, "journal", "<text", ">chars");

  private static PipelineGraph pipeline(Path journal, String text, UnaryOperator<ComponentTask> settings) {
    return Pipelines.builder("cached").build(p -> {
      var shout = settings.apply(SHOUT.task(args("journal", journal.toString(), "text", text)));
      COUNT.task(args("journal", journal.toString(), "text", shout.outputNamed("loud")));
    });
  }

  private static List<String> journal(Path journal) throws Exception {
    return Files.exists(journal) ? Files.readAllLines(journal) : List.of();
  }

  @Test
  void hitAndMiss(@TempDir Path root, @TempDir Path work) throws Exception {
    Path journal = work.resolve("journal");
    LocalRunner runner = LocalTesting.runner(root);

    RunResult first = runner.run(pipeline(journal, "hi", t -> t), Map.of());
    assertEquals(RunStatus.SUCCEEDED, first.record().status(), describe(first));
    assertTask(first, "shout", TaskStatus.SUCCEEDED);
    assertEquals(List.of("hi", "count"), journal(journal));

    // same inputs: both reuse their results, nothing runs, outputs are the same
    RunResult second = runner.run(pipeline(journal, "hi", t -> t), Map.of());
    assertEquals(RunStatus.SUCCEEDED, second.record().status(), describe(second));
    assertTrue(assertTask(second, "shout", TaskStatus.CACHED).message().contains("cached"), describe(second));
    assertTask(second, "count", TaskStatus.CACHED);
    assertEquals("hi!", second.output("shout", "loud"));
    assertEquals("3", second.output("count", "chars").strip());
    assertEquals(List.of("hi", "count"), journal(journal), "a cached task does not run");
    Path restored = Path.of(assertTask(second, "shout", TaskStatus.CACHED).outputs().get("loud"));
    assertTrue(restored.startsWith(second.runDir()), "the cached output is copied into the new run: " + restored);
    assertEquals("hi!", Files.readString(restored));

    // a changed input runs again, and so does the task reading its (changed) output file
    RunResult changed = runner.run(pipeline(journal, "hello", t -> t), Map.of());
    assertTask(changed, "shout", TaskStatus.SUCCEEDED);
    assertTask(changed, "count", TaskStatus.SUCCEEDED);
    assertEquals("6", changed.output("count", "chars").strip());
    assertEquals(List.of("hi", "count", "hello", "count"), journal(journal));
  }

  @Test
  void sameOutputFileContentIsAHitDownstream(@TempDir Path root, @TempDir Path work) throws Exception {
    Path journal = work.resolve("journal");
    LocalRunner runner = LocalTesting.runner(root);
    runner.run(pipeline(journal, "hi", t -> t), Map.of());
    // the upstream task runs again (caching off) but writes the same file: the reader's key is the same
    RunResult again = runner.run(pipeline(journal, "hi", t -> t.caching(false)), Map.of());
    assertTask(again, "shout", TaskStatus.SUCCEEDED);
    assertTask(again, "count", TaskStatus.CACHED);
    assertEquals(List.of("hi", "count", "hi"), journal(journal));
  }

  @Test
  void optOuts(@TempDir Path root, @TempDir Path work) throws Exception {
    Path journal = work.resolve("journal");
    LocalRunner runner = LocalTesting.runner(root);
    runner.run(pipeline(journal, "hi", t -> t), Map.of());
    assertEquals(1, journal(journal).stream().filter("hi"::equals).count());

    RunResult perTask = runner.run(pipeline(journal, "hi", t -> t.caching(false)), Map.of());
    assertTask(perTask, "shout", TaskStatus.SUCCEEDED);
    assertEquals(2, journal(journal).stream().filter("hi"::equals).count());

    RunResult perRun = runner.withCaching(false).run(pipeline(journal, "hi", t -> t), Map.of());
    assertTask(perRun, "shout", TaskStatus.SUCCEEDED);
    assertTask(perRun, "count", TaskStatus.SUCCEEDED);
    assertEquals(3, journal(journal).stream().filter("hi"::equals).count());

    RunResult stale = runner.run(pipeline(journal, "hi", t -> t.maxCacheStaleness("P0D")), Map.of());
    assertTask(stale, "shout", TaskStatus.SUCCEEDED);
    assertEquals(4, journal(journal).stream().filter("hi"::equals).count());

    // and a plain run still hits
    RunResult plain = runner.run(pipeline(journal, "hi", t -> t), Map.of());
    assertTask(plain, "shout", TaskStatus.CACHED);
    assertEquals(4, journal(journal).stream().filter("hi"::equals).count());
  }

  /** KFP's max_cache_staleness: an entry stored longer ago than the limit is not reused; a zero limit never is. */
  @Test
  void stalenessLimitsTheAgeOfAReusedResult(@TempDir Path root, @TempDir Path work) throws Exception {
    Path journal = work.resolve("journal");
    LocalRunner runner = LocalTesting.runner(root);
    runner.run(pipeline(journal, "hi", t -> t), Map.of());
    age(root.resolve("cache"), Duration.ofHours(49));

    RunResult fresh = runner.run(pipeline(journal, "hi", t -> t.maxCacheStaleness("P3D")), Map.of());
    assertTask(fresh, "shout", TaskStatus.CACHED);
    assertEquals(1, journal(journal).stream().filter("hi"::equals).count());

    RunResult tooOld = runner.run(pipeline(journal, "hi", t -> t.maxCacheStaleness("P2D")), Map.of());
    assertTask(tooOld, "shout", TaskStatus.SUCCEEDED);
    assertEquals(2, journal(journal).stream().filter("hi"::equals).count());

    RunResult zero = runner.run(pipeline(journal, "hi", t -> t.maxCacheStaleness("PT0S")), Map.of());
    assertTask(zero, "shout", TaskStatus.SUCCEEDED);
    assertEquals(3, journal(journal).stream().filter("hi"::equals).count());
  }

  /** A component marked volatile_component (KFP's annotation for tasks whose result changes) is never reused. */
  @Test
  void aVolatileComponentRunsEveryTime(@TempDir Path root, @TempDir Path work) throws Exception {
    Path journal = work.resolve("journal");
    ComponentDefinition volatileShout = ComponentDefinition.fromText("""
        name: Volatile shout
        metadata:
          annotations: {volatile_component: 'true'}
        inputs:
        - {name: journal, type: String}
        outputs:
        - {name: loud, type: String}
        implementation:
          container:
            image: kfp4j-test/busybox:1
            command: [sh, -c, 'echo ran >> "$0"; printf x > "$1"', {inputValue: journal}, {outputPath: loud}]
        """);
    PipelineGraph graph = Pipelines.builder("volatile").build(p -> volatileShout.task(args("journal", journal.toString())));
    LocalRunner runner = LocalTesting.runner(root);
    assertTask(runner.run(graph, Map.of()), "volatile-shout", TaskStatus.SUCCEEDED);
    assertTask(runner.run(graph, Map.of()), "volatile-shout", TaskStatus.SUCCEEDED);
    assertEquals(List.of("ran", "ran"), journal(journal));
  }

  /** Sets back the time of every cache entry, as if it had been stored that long ago. */
  private static void age(Path cache, Duration by) throws Exception {
    try (var entries = Files.list(cache)) {
      for (Path entry : entries.toList()) {
        Files.setLastModifiedTime(entry, FileTime.from(Instant.now().minus(by)));
      }
    }
  }

  @Test
  void aFailedTaskIsNotCached(@TempDir Path root, @TempDir Path work) throws Exception {
    Path marker = work.resolve("marker");
    ComponentDefinition failsOnce = LocalTesting.shell("Fails once",
        "if [ -e \"$0\" ]; then printf ok > \"$1\"; else touch \"$0\"; exit 1; fi", "marker", ">out");
    PipelineGraph graph = Pipelines.builder("fails-once").build(p -> failsOnce.task(args("marker", marker.toString())));
    LocalRunner runner = LocalTesting.runner(root);
    assertEquals(RunStatus.FAILED, runner.run(graph, Map.of()).record().status());
    RunResult second = runner.run(graph, Map.of());
    assertTask(second, "fails-once", TaskStatus.SUCCEEDED);
    assertTask(runner.run(graph, Map.of()), "fails-once", TaskStatus.CACHED);
  }
}
