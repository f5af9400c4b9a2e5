package io.kfp4j.sdk.local.runs;

import static io.kfp4j.sdk.local.runs.LocalTesting.args;
import static io.kfp4j.sdk.local.runs.LocalTesting.assertTask;
import static io.kfp4j.sdk.local.runs.LocalTesting.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ComponentTask;
import io.kfp4j.sdk.Condition;
import io.kfp4j.sdk.Formatted;
import io.kfp4j.sdk.GraphCall;
import io.kfp4j.sdk.GraphComponent;
import io.kfp4j.sdk.Output;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Source;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.LocalRunner;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.TaskStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Graph components run for real: KFP's {@code recursive_do_while} with a coin whose flips are scripted (heads until
 * the n-th flip), each recursion level's tasks recorded as {@code task[depth]}, and the depth guard.
 */
class GraphComponentRunTest {

  /** A coin that says heads for its first {@code heads} flips, then tails; every task logs what it did, in order. */
  private static PipelineGraph doWhile(Path dir, int heads) {
    Path counter = dir.resolve("flips");
    Path log = dir.resolve("log");
    ComponentDefinition flip = LocalTesting.shell("Flip", "n=$(cat '" + counter + "' 2>/dev/null || echo 0);"
        + " n=$((n+1)); echo $n > '" + counter + "'; if [ $n -le " + heads + " ]; then r=heads; else r=tails; fi;"
        + " printf '%s' $r > \"$0\"; echo \"flip $r\" >> '" + log + "'", ">output");
    ComponentDefinition print = LocalTesting.shell("Print", "printf '%s' \"$0\" > \"$1\"; echo \"print $0\" >> '"
        + log + "'", "msg", ">said");
    return Pipelines.builder("pipeline flip coin").build(p -> {
      ComponentTask first = flip.task(Map.of());
      GraphCall<Void> loop = flipComponent(flip, print, first.output());
      print.task(args("msg", Formatted.of("cool, it is over. %s", first.output()))).after(loop);
    });
  }

  private static GraphCall<Void> flipComponent(ComponentDefinition flip, ComponentDefinition print,
      Source<String> flipResult) {
    return GraphComponent.named("flip_component").input("flip_result", flipResult).call(() -> {
      ComponentTask printFlip = print.task(args("msg", flipResult));
      Output<String> again = flip.task(Map.of()).after(printFlip).output();
      Condition.when(again.eq("heads"), () -> flipComponent(flip, print, again));
    });
  }

  @Test
  void recursesWhileTheConditionHoldsEachLevelReadingTheValueItsCallGave(@TempDir Path dir) throws IOException {
    RunResult run = LocalTesting.runner(dir.resolve("runs")).withCaching(false).run(doWhile(dir, 3), Map.of());
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    assertEquals("heads", run.output("flip", "output"));
    // level 0 prints the first flip; level n prints the flip of level n-1
    assertEquals("heads", run.output("print[0]", "said"));
    assertEquals("heads", run.output("flip-2[0]", "output"));
    assertEquals("heads", run.output("print[1]", "said"));
    assertEquals("heads", run.output("flip-2[1]", "output"));
    assertEquals("heads", run.output("print[2]", "said"));
    assertEquals("tails", run.output("flip-2[2]", "output"));
    assertTrue(run.task("print[3]").isEmpty(), describe(run));
    assertEquals("cool, it is over. heads", run.output("print-2", "said"));
    assertEquals(List.of("flip heads", "print heads", "flip heads", "print heads", "flip heads", "print heads",
        "flip tails", "print cool, it is over. heads"), Files.readAllLines(dir.resolve("log")));
  }

  @Test
  void aRecursionPastTheDepthLimitFailsNamingTheGraphComponentAndTheFix(@TempDir Path dir) throws IOException {
    LocalRunner runner = LocalRunner.builder().root(dir.resolve("runs")).caching(false).build()
        .withMaxRecursionDepth(2);
    RunResult run = runner.run(doWhile(dir, 1000), Map.of());
    assertEquals(RunStatus.FAILED, run.record().status(), describe(run));
    assertEquals("heads", run.output("print[2]", "said"));
    String message = assertTask(run, "print[3]", TaskStatus.FAILED).message();
    assertEquals("graph-flip-component-1: graph component \"flip_component\" called itself more than 2 times, so its"
        + " Condition never ended the recursion; check the condition around the recursive call, or allow deeper"
        + " recursion (kfp4j run --max-recursion-depth N, -Dkfp4j.maxRecursionDepth=N,"
        + " LocalRunner.withMaxRecursionDepth(N))", message);
    assertTask(run, "flip-2[3]", TaskStatus.FAILED);
    // what waits for the graph component does not run
    assertTask(run, "print-2", TaskStatus.SKIPPED);
    assertEquals(7, Files.readAllLines(dir.resolve("log")).size());
  }

  @Test
  void callsWithoutRecursionRunOnceEachAndWaitForEachOther(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("log");
    ComponentDefinition say = LocalTesting.shell("Say", "printf '%s' \"$0\" > \"$1\"; echo \"$0\" >> '" + log + "'",
        "msg", ">said");
    PipelineGraph pipeline = Pipelines.builder("calls").build(p -> {
      ComponentTask first = say.task(args("msg", "first"));
      GraphCall<Output<String>> one = twice(say, first.outputNamed("said"));
      GraphCall<Output<String>> two = twice(say, one.result()).after(one);
      say.task(args("msg", Formatted.of("last after %s", two.result())));
    });
    RunResult run = LocalTesting.runner(dir.resolve("runs")).run(pipeline, Map.of());
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    assertEquals("first!!", run.output("say-3", "said"));
    assertEquals("first!!!!", run.output("say-5", "said"));
    assertEquals("last after first!!!!", run.output("say-6", "said"));
    assertEquals(List.of("first", "first!", "first!!", "first!!!", "first!!!!", "last after first!!!!"),
        Files.readAllLines(log));
  }

  /** A graph component that says its text with one, then two exclamation marks; its result is the second. */
  private static GraphCall<Output<String>> twice(ComponentDefinition say, Source<String> text) {
    return GraphComponent.named("twice").input("text", text).callReturning(() -> {
      ComponentTask once = say.task(args("msg", Formatted.of("%s!", text)));
      return say.task(args("msg", Formatted.of("%s!", once.<String>outputNamed("said")))).<String>outputNamed("said");
    });
  }
}
