package io.kfp4j.sdk.local.runs;

import static io.kfp4j.sdk.local.runs.LocalTesting.args;
import static io.kfp4j.sdk.local.runs.LocalTesting.assertTask;
import static io.kfp4j.sdk.local.runs.LocalTesting.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Condition;
import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.RunnerKind;
import io.kfp4j.sdk.local.TaskStatus;
import io.kfp4j.sdk.local.runs.LocalComponentsOps.HoldOp;
import io.kfp4j.sdk.local.runs.LocalComponentsOps.NumbersBelowOp;
import io.kfp4j.sdk.local.runs.LocalComponentsOps.SquareOp;
import io.kfp4j.testcomponents.CalcOps.AddOp;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ParallelFor over static lists, maps, task outputs and parameters, with and without parallelism. */
class ParallelForRunTest {

  /** A Python one-liner that writes the JSON list [0, 1, ..., n-1], as a KFP component. */
  private static final ComponentDefinition PY_RANGE = ComponentDefinition.fromText("""
      name: Py range
      inputs:
      - {name: n, type: Integer}
      outputs:
      - {name: items, type: JsonArray}
      implementation:
        container:
          image: python:3.11
          command: [python3, -c, "import json, sys; open(sys.argv[2], 'w').write(json.dumps(list(range(int(sys.argv[1])))))"]
          args: [{inputValue: n}, {outputPath: items}]
      """);

  @Test
  void staticListOfNumbers(@TempDir Path root) {
    PipelineGraph graph = Pipelines.builder("static-loop").build(p ->
        ParallelFor.each(List.of(1.0, 2.0, 3.0), item -> AddOp.add(item, Value.of(10.0))));
    RunResult run = LocalTesting.runner(root).run(graph, Map.of());
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    assertEquals("11.0", run.output("add[0]", "Output"));
    assertEquals("12.0", run.output("add[1]", "Output"));
    assertEquals("13.0", run.output("add[2]", "Output"));
    assertEquals(3, run.record().tasks().size(), describe(run));
  }

  @Test
  void staticListOfMapsWithFields(@TempDir Path root) {
    ComponentDefinition join = LocalTesting.shell("Join", "printf '%s=%s' \"$0\" \"$1\" > \"$2\"", "key", "value", ">joined");
    PipelineGraph graph = Pipelines.builder("map-loop").build(p ->
        ParallelFor.each(List.of(Map.of("a", 1.0, "b", 2.0, "name", "x"), Map.of("a", 30.0, "b", 4.0, "name", "y")),
            item -> {
              var sum = AddOp.add(item.field("a"), item.field("b"));
              join.task(args("key", item.field("name"), "value", sum.output()));
            }));
    RunResult run = LocalTesting.runner(root).run(graph, Map.of());
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    assertEquals("3.0", run.output("add[0]", "Output"));
    assertEquals("34.0", run.output("add[1]", "Output"));
    // inside an iteration, a task reads the output of its own iteration
    assertEquals("x=3.0", run.output("join[0]", "joined"));
    assertEquals("y=34.0", run.output("join[1]", "joined"));
  }

  @Test
  void overThePythonOutputOfATask(@TempDir Path root) {
    PipelineGraph graph = Pipelines.builder("py-output-loop").build(p -> {
      var range = PY_RANGE.task(args("n", 4));
      ParallelFor.each(range.<List<Integer>>output(), item -> SquareOp.square(item));
    });
    RunResult run = LocalTesting.runner(root).withRunner(RunnerKind.SUBPROCESS).run(graph, Map.of());
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    assertEquals("[0, 1, 2, 3]", run.output("py-range", "items"));
    for (int i = 0; i < 4; i++) {
      assertEquals(Integer.toString(i * i), run.output("square[" + i + "]", "Output"));
      assertEquals(Map.of("x", Integer.toString(i)), assertTask(run, "square[" + i + "]", TaskStatus.SUCCEEDED).inputs());
    }
    assertEquals(5, run.record().tasks().size(), describe(run));
  }

  @Test
  void overTheJavaListOutputOfATask(@TempDir Path root) {
    ComponentDefinition twice = LocalTesting.shell("Twice", "echo $(($0 * 2)) > \"$1\"", "n", ">doubled");
    PipelineGraph graph = Pipelines.builder("java-output-loop").build(p -> {
      var numbers = NumbersBelowOp.numbersBelow(Value.of(3));
      ParallelFor.each(numbers.output(), item -> {
        var squared = SquareOp.square(item);
        twice.task(args("n", squared.output()));
      });
    });
    RunResult run = LocalTesting.runner(root).run(graph, Map.of());
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    assertEquals("[0, 1, 2]", run.output("numbers-below", "Output"));
    assertEquals("4", run.output("square[2]", "Output"));
    assertEquals("8\n", run.output("twice[2]", "doubled"));
    assertEquals("2\n", run.output("twice[1]", "doubled"));
  }

  @Test
  void overAPipelineParameter(@TempDir Path root) {
    PipelineGraph graph = Pipelines.builder("param-loop").build(p -> {
      @SuppressWarnings({"unchecked", "rawtypes"})
      Param<List<Integer>> xs = (Param) p.param("xs", List.class, "[1, 2]");
      ParallelFor.each(xs, item -> SquareOp.square(item));
    });
    RunResult defaults = LocalTesting.runner(root).run(graph, Map.of());
    assertEquals(RunStatus.SUCCEEDED, defaults.record().status(), describe(defaults));
    assertEquals(2, defaults.record().tasks().size(), describe(defaults));
    assertEquals("4", defaults.output("square[1]", "Output"));

    RunResult given = LocalTesting.runner(root).run(graph, Map.of("xs", List.of(5, 6, 7, 8)));
    assertEquals(RunStatus.SUCCEEDED, given.record().status(), describe(given));
    assertEquals(4, given.record().tasks().size(), describe(given));
    assertEquals("64", given.output("square[3]", "Output"));
    assertEquals("[5, 6, 7, 8]", given.record().parameters().get("xs"));
  }

  @Test
  void parallelismBoundsTheIterationsRunningAtOnce(@TempDir Path root) {
    PipelineGraph bounded = Pipelines.builder("bounded-loop").build(p ->
        ParallelFor.each(List.of("a", "b", "c", "d", "e", "f"), 2, item -> HoldOp.hold(item, Value.of(250))));
    PipelineGraph unbounded = Pipelines.builder("unbounded-loop").build(p ->
        ParallelFor.each(List.of("a", "b", "c", "d", "e", "f"), item -> HoldOp.hold(item, Value.of(250))));
    var runner = LocalTesting.runner(root).withParallelism(8).withCaching(false);

    LocalComponents.resetHolds();
    long start = System.nanoTime();
    RunResult run = runner.run(bounded, Map.of());
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    assertEquals(2, LocalComponents.mostHoldsAtOnce(), "parallelism 2");
    assertTrue(millis >= 3 * 250, "6 items of 250 ms, 2 at a time, take at least 750 ms, not " + millis);
    assertEquals("f", run.output("hold[5]", "Output"));

    LocalComponents.resetHolds();
    RunResult all = runner.run(unbounded, Map.of());
    assertEquals(RunStatus.SUCCEEDED, all.record().status(), describe(all));
    assertTrue(LocalComponents.mostHoldsAtOnce() > 2, "without a loop parallelism more than 2 run at once, saw "
        + LocalComponents.mostHoldsAtOnce());

    LocalComponents.resetHolds();
    RunResult oneAtATime = runner.withParallelism(1).run(unbounded, Map.of());
    assertEquals(RunStatus.SUCCEEDED, oneAtATime.record().status(), describe(oneAtATime));
    assertEquals(1, LocalComponents.mostHoldsAtOnce(), "the runner's parallelism 1");
  }

  @Test
  void nestedLoopsAndAConditionPerIteration(@TempDir Path root) {
    PipelineGraph graph = Pipelines.builder("nested-loops").build(p ->
        ParallelFor.each(List.of(1.0, 5.0), outer ->
            ParallelFor.each(List.of(10.0, 20.0), inner -> {
              var sum = AddOp.add(outer, inner);
              Condition.when(sum.output().gt(20), () -> AddOp.add(sum.output(), Value.of(1000.0)));
            })));
    RunResult run = LocalTesting.runner(root).run(graph, Map.of());
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    assertEquals("11.0", run.output("add[0][0]", "Output"));
    assertEquals("21.0", run.output("add[0][1]", "Output"));
    assertEquals("15.0", run.output("add[1][0]", "Output"));
    assertEquals("25.0", run.output("add[1][1]", "Output"));
    assertTask(run, "add-2[0][0]", TaskStatus.SKIPPED);
    assertEquals("1021.0", run.output("add-2[0][1]", "Output"));
    assertTask(run, "add-2[1][0]", TaskStatus.SKIPPED);
    assertEquals("1025.0", run.output("add-2[1][1]", "Output"));
    assertEquals(8, run.record().tasks().size(), describe(run));
    // typed: the outer index first; an instance that did not run fails the whole read
    assertEquals(List.of("add[0][0]", "add[0][1]", "add[1][0]", "add[1][1]"), run.iterationIds("add"));
    assertEquals(List.of(11.0, 21.0, 15.0, 25.0), run.results("add", AddOp::result));
    assertEquals(List.of("add-2[0][0]", "add-2[0][1]", "add-2[1][0]", "add-2[1][1]"), run.iterationIds("add-2"));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> run.results("add-2", AddOp::result));
    assertTrue(e.getMessage().startsWith("task \"add-2[0][0]\" of run " + run.record().id()), e.getMessage());
  }

  @Test
  void aLoopOverTheOutputOfAFailedTaskIsSkipped(@TempDir Path root) {
    ComponentDefinition broken = LocalTesting.shell("Broken list", "echo no list; exit 1", ">items");
    PipelineGraph graph = Pipelines.builder("loop-after-failure").build(p -> {
      var list = broken.task(Map.of());
      ParallelFor.each(list.<List<Integer>>outputNamed("items"), item -> SquareOp.square(item));
    });
    RunResult run = LocalTesting.runner(root).run(graph, Map.of());
    assertEquals(RunStatus.FAILED, run.record().status(), describe(run));
    assertTask(run, "broken-list", TaskStatus.FAILED);
    assertTrue(run.record().tasks().values().stream().filter(t -> t.task().equals("square"))
        .allMatch(t -> t.status() == TaskStatus.SKIPPED), describe(run));
    assertTrue(run.record().tasks().values().stream().anyMatch(t -> t.task().equals("square")),
        "the skipped loop's task is recorded: " + describe(run));
  }
}
