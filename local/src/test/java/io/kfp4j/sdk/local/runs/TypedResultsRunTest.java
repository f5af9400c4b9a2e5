package io.kfp4j.sdk.local.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunnerKind;
import io.kfp4j.sdk.local.calc.AdditionPipeline;
import io.kfp4j.sdk.local.runs.LocalComponentsOps.SquareOp;
import io.kfp4j.sdk.result.TaskOutputs;
import io.kfp4j.testcomponents.CalcOps.AddOp;
import io.kfp4j.testcomponents.GreetingsOps.GreetOp;
import io.kfp4j.testcomponents.Inventory;
import io.kfp4j.testcomponents.InventoryOps.MostValuableOp;
import io.kfp4j.testcomponents.InventoryOps.TotalsOp;
import io.kfp4j.testcomponents.StatisticsOps.DescribeOp;
import io.kfp4j.testcomponents.TextFilesOps.CountLinesOp;
import io.kfp4j.testcomponents.TextFilesOps.WriteLinesOp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests of user pipelines read typed results through the generated factories: {@code AddOp.result(run, "add-2")}
 * gives the sum as a {@code double}, record outputs each typed, JSON outputs as their Java type, file outputs as
 * the stored file, and loop iterations by id or all at once.
 */
class TypedResultsRunTest {

  private static final List<Inventory.Item> STOCK = List.of(new Inventory.Item("apple", 10, 0.5),
      new Inventory.Item("pear", 2, 4.0), new Inventory.Item("apple", 4, 0.5));

  /** Every way an output travels: record components, JSON, a record as JSON, a file, optional inputs, a loop. */
  static PipelineGraph features() {
    return Pipelines.builder("features").build(p -> {
      DescribeOp.describe(Value.of(List.of(1.0, 2.0, 6.0)));
      TotalsOp.totals(Value.of(STOCK));
      MostValuableOp.mostValuable(Value.of(STOCK));
      var lines = WriteLinesOp.writeLines(Value.of("hello"), Value.of(3));
      CountLinesOp.countLines(lines.linesPath());
      GreetOp.greet(Value.of("Ada")).withExcited(Value.of(true));
      ParallelFor.each(List.of(3, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11), x -> SquareOp.square(x));
    });
  }

  @Test
  void theSeedsAdditionPipelineAddsUpToNineteen(@TempDir Path root) {
    RunResult run = LocalTesting.runner(root).run(AdditionPipeline.spec(), Map.of("a", 7.0, "b", 8.0))
        .assertSucceeded();
    double first = AddOp.result(run, "add");
    double sum = AddOp.result(run, "add-2");
    assertEquals(11.0, first);
    assertEquals(19.0, sum);
    // the text API is still there
    assertEquals("19.0", run.output("add-2", "Output"));
  }

  @Test
  void cachedTasksReadTheSameValues(@TempDir Path root) {
    LocalTesting.runner(root).run(AdditionPipeline.spec(), Map.of()).assertSucceeded();
    RunResult cached = LocalTesting.runner(root).run(AdditionPipeline.spec(), Map.of()).assertSucceeded();
    assertEquals(io.kfp4j.sdk.local.TaskStatus.CACHED, cached.task("add-2").orElseThrow().status());
    assertEquals(12.0, AddOp.result(cached, "add-2"));
  }

  @Test
  void everyKindOfOutputReadsAsItsJavaType(@TempDir Path root) throws Exception {
    RunResult run = LocalTesting.runner(root).run(features(), Map.of()).assertSucceeded();
    check(run);
  }

  @Test
  void theSameAsSubprocesses(@TempDir Path root) throws Exception {
    RunResult run = LocalTesting.runner(root).withRunner(RunnerKind.SUBPROCESS).run(features(), Map.of())
        .assertSucceeded();
    check(run);
  }

  @Test
  void aComponentLoadedAtRunTimeDecodesItsOutputsByName(@TempDir Path root) {
    ComponentDefinition count = LocalTesting.shell("Count", "printf 42 > \"$0\"; printf 'a,b' > \"$1\"", ">n", ">csv");
    PipelineGraph graph = Pipelines.builder("loaded").build(p -> count.task(Map.of()));
    RunResult run = LocalTesting.runner(root).run(graph, Map.of()).assertSucceeded();
    TaskOutputs outputs = run.outputsOf("count", count.loaded());
    assertEquals(42L, outputs.toLong("n"));
    assertEquals("a,b", outputs.text("csv"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> outputs.file("rows"));
    assertEquals("task \"count\" (Count) of run " + run.record().id() + ": component \"Count\" has no output"
        + " \"rows\"; its outputs are: n, csv", e.getMessage());
  }

  private static void check(RunResult run) throws Exception {
    DescribeOp.DescribeResult stats = DescribeOp.result(run, "describe");
    assertEquals(3.0, stats.mean());
    assertEquals(6.0, stats.max());
    assertEquals(3, stats.count());
    assertEquals(new DescribeOp.DescribeResult(3.0, 6.0, 3), stats);

    Map<String, Double> totals = TotalsOp.result(run, "totals");
    assertEquals(Map.of("apple", 7.0, "pear", 8.0), totals);
    Inventory.Item best = MostValuableOp.result(run, "most-valuable");
    assertEquals(new Inventory.Item("pear", 2, 4.0), best);

    Path lines = WriteLinesOp.result(run, "write-lines");
    assertEquals("hello\nhello\nhello\n", Files.readString(lines));
    assertTrue(lines.startsWith(run.runDir()), lines + " lies in the run's folder");
    long count = CountLinesOp.result(run, "count-lines");
    assertEquals(3L, count);
    String greeting = GreetOp.result(run, "greet");
    assertEquals("Hello, Ada!", greeting);

    // one iteration by its id, and all of them in iteration order (square[10] after square[9], not after [1])
    int third = SquareOp.result(run, "square[2]");
    assertEquals(4, third);
    List<Integer> squares = run.results("square", SquareOp::result);
    assertEquals(java.util.stream.IntStream.range(0, 11).mapToObj(i -> "square[" + i + "]").toList(),
        run.iterationIds("square"));
    assertEquals(List.of(9, 1, 4, 16, 25, 36, 49, 64, 81, 100, 121), squares);
    // a task outside loops has one "iteration"
    assertEquals(List.of(new DescribeOp.DescribeResult(3.0, 6.0, 3)), run.results("describe", DescribeOp::result));
    assertEquals(List.of("describe"), run.iterationIds("describe"));
  }
}
