package io.kfp4j.ui.internal.lineage;

import static io.kfp4j.ui.StoreFixture.args;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Formatted;
import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.LocalRunner;
import io.kfp4j.sdk.local.RunGraph;
import io.kfp4j.sdk.local.RunRecord;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.RunStore;
import io.kfp4j.sdk.local.TaskRecord;
import io.kfp4j.ui.StoreFixture;
import io.kfp4j.ui.internal.store.RunView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lineage over a store of real runs: the StoreFixture's runs (first, cached, failed) and a loop whose iterations chain
 * square[i] → read[i] (through a file input) and shout[i], over twelve items so that [1] and [10] differ.
 */
class LineageTest {
  static final ComponentDefinition READ = StoreFixture.shell("Read", "cat \"$0\" > \"$1\"", "<text", ">copy");
  static final ComponentDefinition FOLDER = StoreFixture.shell("Folder",
      "mkdir -p \"$0\"; echo part > \"$0/part-0\"; mkdir -p \"$0/sub\"; echo deep > \"$0/sub/part-1\"", ">model");
  static final List<Integer> ITEMS = IntStream.rangeClosed(1, 12).boxed().toList();

  @TempDir
  static Path root;
  static RunStore store;
  static Lineage lineage;
  static String first;
  static String cached;
  static String failed;
  static String chained;

  /** Twelve iterations of square → read (a file input made from square's output) and shout; a folder output. */
  static PipelineGraph chainedLoop() {
    return Pipelines.builder("chained").build(p -> {
      FOLDER.task(Map.of());
      ParallelFor.each(ITEMS, item -> {
        var square = StoreFixture.SQUARE.task(args("n", item));
        READ.task(args("text", Formatted.of("square is %s", square.outputNamed("out"))));
        StoreFixture.SHOUT.task(args("text", square.outputNamed("out")));
      });
    });
  }

  @BeforeAll
  static void record() throws IOException {
    List<RunResult> runs = StoreFixture.record(root);
    first = runs.get(0).record().id();
    cached = runs.get(1).record().id();
    failed = runs.get(2).record().id();
    RunResult loop = LocalRunner.create().withRoot(root).withCaching(false).run(chainedLoop(), Map.of());
    assertEquals(RunStatus.SUCCEEDED, loop.record().status(), () -> loop.record().toString());
    chained = loop.record().id();
    store = new RunStore(root);
    lineage = new Lineage(store);
  }

  static RunView view(String runId) {
    RunRecord run = store.find(runId).orElseThrow();
    return RunView.of(run, store.graph(runId));
  }

  static TaskRecord task(String runId, String taskId) {
    TaskRecord task = store.find(runId).orElseThrow().tasks().get(taskId);
    assertTrue(task != null, () -> "no task " + taskId + " in " + runId);
    return task;
  }

  static OutputLineage of(String runId, String taskId, String output) {
    return lineage.of(view(runId), task(runId, taskId), output);
  }

  static String relative(String absolute) {
    return root.relativize(Path.of(absolute)).toString();
  }

  /** A task's output file leads to that task and output. */
  @Test
  void theProducerOfAnOutputFile() {
    assertEquals(Optional.of(new TaskRef(first, "make-data", "table")),
        lineage.producerOf("runs/" + first + "/tasks/make-data/outputs/table/data"));
    assertEquals(Optional.of(new TaskRef(first, "make-data", "count")),
        lineage.producerOf(relative(task(first, "make-data").outputs().get("count"))));
    assertEquals(Optional.of(new TaskRef(chained, "square[10]", "out")),
        lineage.producerOf(relative(task(chained, "square[10]").outputs().get("out"))));
    assertEquals(Optional.of(new TaskRef(cached, "evaluate", "MLPipeline Metrics")),
        lineage.producerOf(relative(task(cached, "evaluate").outputs().get("MLPipeline Metrics"))));
  }

  /** A file inside an output that is a folder leads to that output. */
  @Test
  void theProducerOfAFileInsideAnOutputFolder() {
    String folder = relative(task(chained, "folder").outputs().get("model"));
    assertEquals(Optional.of(new TaskRef(chained, "folder", "model")), lineage.producerOf(folder + "/part-0"));
    assertEquals(Optional.of(new TaskRef(chained, "folder", "model")), lineage.producerOf(folder + "/sub/part-1"));
  }

  /** A task's input file leads to the output that fed it: the producer's, of the same loop iteration. */
  @Test
  void theProducerOfAnInputFileIsTheOutputThatFedIt() {
    assertEquals(Optional.of(new TaskRef(first, "make-data", "table")),
        lineage.producerOf(relative(task(first, "evaluate").inputs().get("table"))));
    for (int i : List.of(0, 1, 10, 11)) {
      String input = relative(task(chained, "read[" + i + "]").inputs().get("text"));
      assertTrue(input.contains("/inputs/"), () -> "a file written for the input: " + input);
      assertEquals(Optional.of(new TaskRef(chained, "square[" + i + "]", "out")), lineage.producerOf(input), input);
    }
  }

  /** Paths that are no task's file, or not in the store, have no producer. */
  @Test
  void pathsThatNoTaskWroteHaveNoProducer() {
    assertEquals(Optional.empty(), lineage.producerOf("runs/" + first + "/run.json"));
    assertEquals(Optional.empty(), lineage.producerOf("runs/" + first + "/graph.json"));
    assertEquals(Optional.empty(), lineage.producerOf("runs/" + first + "/tasks/make-data/nothing"));
    assertEquals(Optional.empty(), lineage.producerOf("../" + root.getFileName() + "-elsewhere/runs/" + first
        + "/tasks/make-data/outputs/table/data"));
    assertEquals(Optional.empty(), lineage.producerOf(root.resolve("runs/" + first
        + "/tasks/make-data/outputs/table/data").toString()), "absolute paths are refused");
    assertEquals(Optional.empty(), lineage.producerOf("cache"));
  }

  /** make-data's table is read by evaluate, on its input table. */
  @Test
  void theConsumersOfTheTable() {
    OutputLineage table = of(first, "make-data", "table");
    assertEquals(new TaskRef(first, "make-data", "table"), table.output());
    assertEquals("runs/" + first + "/tasks/make-data/outputs/table/data", table.file());
    assertEquals(List.of(new TaskRef(first, "evaluate", "table")), table.consumers());
  }

  /** make-data's count is read by the condition's comparison and by shout. */
  @Test
  void theConsumersOfTheCount() {
    String condition = view(first).graph().groups().stream().filter(g -> g.kind() == RunGraph.Kind.CONDITION)
        .map(RunGraph.Box::name).findFirst().orElseThrow();
    assertEquals(List.of(new TaskRef(first, condition, "condition"), new TaskRef(first, "shout", "text")),
        of(first, "make-data", "count").consumers());
  }

  /** An output nobody reads has no consumers. */
  @Test
  void anOutputNobodyReads() {
    assertEquals(List.of(), of(first, "shout", "loud").consumers());
    assertEquals(List.of(), of(first, "evaluate", "MLPipeline Metrics").consumers());
  }

  /** The first run's outputs were reused by the cached run, task for task. */
  @Test
  void reusedByTheCachedRun() {
    assertEquals(List.of(new TaskRef(cached, "make-data", "table")), of(first, "make-data", "table").reusedBy());
    assertEquals(List.of(new TaskRef(cached, "square[1]", "out")), of(first, "square[1]", "out").reusedBy());
    assertEquals(List.of(), of(cached, "make-data", "table").reusedBy(), "nothing reused the cached run");
    assertEquals(List.of(), of(chained, "square[1]", "out").reusedBy(), "the loop ran without the cache");
  }

  /** The cached run's task came from the first run's; the first run's came from nowhere. */
  @Test
  void cameFromOnTheCachedRun() {
    OutputLineage table = of(cached, "make-data", "table");
    assertEquals(new TaskRef(first, "make-data", "table"), table.cameFrom());
    assertEquals("runs/" + cached + "/tasks/make-data/outputs/table/data", table.file(), "its own copy of the file");
    assertEquals(List.of(new TaskRef(cached, "evaluate", "table")), table.consumers());
    assertEquals(new TaskRef(first, "square[2]", "out"), of(cached, "square[2]", "out").cameFrom());
    assertNull(of(first, "make-data", "table").cameFrom());
  }

  /** square[i]'s output is read only by read[i] and shout[i]: never by another iteration, not even [10] for [1]. */
  @Test
  void loopIterationsMatch() {
    for (int i = 0; i < ITEMS.size(); i++) {
      assertEquals(List.of(new TaskRef(chained, "read[" + i + "]", "text"), new TaskRef(chained, "shout[" + i + "]", "text")),
          of(chained, "square[" + i + "]", "out").consumers(), "square[" + i + "]");
    }
  }

  /** The loop's input files hold what the iteration's square wrote, so the lineage is not a coincidence of names. */
  @Test
  void theLoopReallyChained() throws IOException {
    for (int i = 0; i < ITEMS.size(); i++) {
      int n = ITEMS.get(i);
      assertEquals("square is " + n * n, Files.readString(Path.of(task(chained, "read[" + i + "]").outputs().get("copy")))
          .strip());
    }
  }

  /** After the store moved, recorded absolute paths still lead to the same producers and files. */
  @Test
  void aMovedStoreKeepsItsLineage(@TempDir Path elsewhere) throws IOException {
    Path moved = elsewhere.resolve("elsewhere");
    try (Stream<Path> all = Files.walk(root)) {
      for (Path from : all.toList()) {
        Path to = moved.resolve(root.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    RunStore movedStore = new RunStore(moved);
    Lineage movedLineage = new Lineage(movedStore);
    assertEquals(Optional.of(new TaskRef(first, "make-data", "table")),
        movedLineage.producerOf("runs/" + first + "/tasks/make-data/outputs/table/data"));
    assertEquals(Optional.of(new TaskRef(chained, "square[1]", "out")),
        movedLineage.producerOf("runs/" + chained + "/tasks/read.1/inputs/text/data"));
    RunRecord run = movedStore.find(first).orElseThrow();
    OutputLineage table = movedLineage.of(RunView.of(run, movedStore.graph(first)), run.tasks().get("make-data"), "table");
    assertEquals("runs/" + first + "/tasks/make-data/outputs/table/data", table.file());
    assertEquals(List.of(new TaskRef(cached, "make-data", "table")), table.reusedBy());
  }

  /** A run recorded without graph.json still answers, with no consumers to show. */
  @Test
  void aRunWithoutItsGraphHasNoConsumers() {
    RunRecord run = store.find(failed).orElseThrow();
    RunView bare = RunView.of(run, Optional.empty());
    OutputLineage lone = lineage.of(bare, run.tasks().get("shout"), "loud");
    assertEquals(List.of(), lone.consumers());
    assertEquals("runs/" + failed + "/tasks/shout/outputs/loud/data", lone.file());
  }
}
