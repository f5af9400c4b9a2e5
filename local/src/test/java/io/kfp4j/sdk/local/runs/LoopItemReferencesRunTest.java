package io.kfp4j.sdk.local.runs;

import static io.kfp4j.sdk.local.runs.LocalTesting.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kfp4j.sdk.ContainerOp;
import io.kfp4j.sdk.Formatted;
import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.RunnerKind;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Static loop items that hold a pipeline parameter, text with it, and an output of a task beside the loop (KFP's
 * {@code parallelfor_pipeline_param_in_items_resolving}): the loop waits for the task and reads them when it starts.
 */
class LoopItemReferencesRunTest {

  private static ContainerOp echo(String name, Object text) {
    return ContainerOp.builder(name).image("alpine").command("sh", "-c")
        .arguments("printf '%s' \"$0\" > \"$1\"", text, ContainerOp.outputPath("text")).build();
  }

  @Test
  void itemsAreReadWhenTheLoopStarts(@TempDir Path root) {
    PipelineGraph graph = Pipelines.builder("item-references").build(p -> {
      Param<String> name = p.param("name", String.class, "ada");
      ContainerOp produce = echo("produce", Formatted.of("made for %s", name));
      Map<String, Object> first = new LinkedHashMap<>();
      first.put("who", name);
      first.put("message", produce.output());
      Map<String, Object> second = new LinkedHashMap<>();
      second.put("who", "bob");
      second.put("message", Formatted.of("hi %s", name));
      ParallelFor.each(List.<Object>of(first, second), item -> echo("consume",
          Formatted.of("%s: %s", item.field("who"), item.field("message"))));
    });
    RunResult run = LocalTesting.runner(root).withRunner(RunnerKind.SUBPROCESS).run(graph, Map.of("name", "grace"));
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    assertEquals("grace: made for grace", run.output("consume[0]", "text"));
    assertEquals("bob: hi grace", run.output("consume[1]", "text"));
  }
}
