package io.kfp4j.sdk.argo;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ComponentTask;
import io.kfp4j.sdk.Condition;
import io.kfp4j.sdk.ExitHandler;
import io.kfp4j.sdk.Formatted;
import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.task.Retry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pipelines behind {@code kfp-sdk-outputs/}, rebuilt in Java, compile to what KFP 1.8.22 wrote. */
class SdkOutputGoldensTest {
  private static final String DIR = "kfp-sdk-outputs/";

  @Test
  void additionPipeline() {
    Map<String, Object> golden = Goldens.load(DIR + "add_pipeline.yaml");
    ComponentDefinition add = Goldens.component(golden, "add");
    PipelineGraph graph = Pipelines.builder("Addition pipeline")
        .description("An example pipeline that performs addition calculations.")
        .build(p -> {
          Param<Object> a = p.param("a", Object.class, "1");
          Param<Object> b = p.param("b", Object.class, "7");
          ComponentTask first = add.task(Map.of("a", a, "b", Value.of(4)));
          add.task(Map.of("a", first.output(), "b", b));
        });
    Goldens.assertMatches(DIR + "add_pipeline.yaml", graph);
  }

  @Test
  void conditions() {
    Map<String, Object> golden = Goldens.load(DIR + "condition_pipeline.yaml");
    ComponentDefinition flip = Goldens.component(golden, "flip-coin");
    ComponentDefinition random = Goldens.component(golden, "random-num");
    ComponentDefinition print = Goldens.component(golden, "print-msg");
    PipelineGraph graph = Pipelines.builder("condition-pipeline").description("dsl.Condition demo").build(p -> {
      Param<Long> threshold = p.param("threshold", Long.class, "5");
      ComponentTask coin = flip.task(Map.of());
      Condition.when("heads", coin.output().eq("heads"), () -> {
        ComponentTask num = random.task(Map.of("low", Value.of(0), "high", Value.of(9)));
        Condition.when(num.output().gt(threshold),
            () -> print.task(Map.of("msg", Formatted.of("heads and %s > threshold", num.output()))));
        Condition.when(num.output().le(threshold),
            () -> print.task(Map.of("msg", Formatted.of("heads and %s <= threshold", num.output()))));
      });
      Condition.when("tails", coin.output().eq("tails"), () -> print.task(Map.of("msg", Value.of("tails!"))));
    });
    Goldens.assertMatches(DIR + "condition_pipeline.yaml", graph);
  }

  @Test
  void staticLoops() {
    Map<String, Object> golden = Goldens.load(DIR + "parallelfor_static_pipeline.yaml");
    ComponentDefinition add = Goldens.component(golden, "add");
    ComponentDefinition print = Goldens.component(golden, "print-msg");
    PipelineGraph graph = Pipelines.builder("parallelfor-static").description("ParallelFor over a static list")
        .build(p -> {
          Param<Double> b = p.param("b", Double.class, "10.0");
          ParallelFor.each(List.of(1, 2, 3), item -> {
            ComponentTask sum = add.task(Map.of("a", item, "b", b));
            print.task(Map.of("msg", sum.output()));
          });
          ParallelFor.each(List.of(ordered("a", 1, "b", 2), ordered("a", 10, "b", 20)), 2,
              item -> add.task(Map.of("a", item.field("a"), "b", item.field("b"))));
        });
    Goldens.assertMatches(DIR + "parallelfor_static_pipeline.yaml", graph);
  }

  @Test
  void exitHandler() {
    Map<String, Object> golden = Goldens.load(DIR + "exit_handler_pipeline.yaml");
    ComponentDefinition add = Goldens.component(golden, "add");
    ComponentDefinition print = Goldens.component(golden, "print-msg");
    PipelineGraph graph = Pipelines.builder("exit-handler").description("ExitHandler demo").build(p -> {
      Param<Double> a = p.param("a", Double.class, "1");
      Param<Double> b = p.param("b", Double.class, "7");
      ComponentTask exit = print.task(Map.of("msg", Value.of("exit handler has run")));
      ExitHandler.of(exit, () -> {
        ComponentTask t1 = add.task(Map.of("a", a, "b", b));
        ComponentTask t2 = add.task(Map.of("a", t1.output(), "b", b));
        print.task(Map.of("msg", t2.output()));
      });
    });
    Goldens.assertMatches(DIR + "exit_handler_pipeline.yaml", graph);
  }

  @Test
  void filePassing() {
    Map<String, Object> golden = Goldens.load(DIR + "file_passing_pipeline.yaml");
    ComponentDefinition write = Goldens.component(golden, "write-lines");
    ComponentDefinition count = Goldens.component(golden, "count-lines");
    ComponentDefinition print = Goldens.component(golden, "print-file");
    PipelineGraph graph = Pipelines.builder("file-passing").description("InputPath/OutputPath demo").build(p -> {
      Param<Long> n = p.param("n", Long.class, "5");
      ComponentTask w = write.task(Map.of("n", n));
      ComponentTask c = count.task(Map.of("text", w.outputNamed("text")));
      print.task(Map.of("data", c.outputNamed("count")));
      print.task(Map.of("data", w.output()));
      print.task(Map.of("data", Value.of("constant text passed as a file")));
    });
    Goldens.assertMatches(DIR + "file_passing_pipeline.yaml", graph);
  }

  @Test
  void twoStepsByValue() {
    Map<String, Object> golden = Goldens.load(DIR + "two_step.yaml");
    ComponentDefinition produce = Goldens.component(golden, "produce");
    ComponentDefinition consume = Goldens.component(golden, "consume");
    PipelineGraph graph = Pipelines.builder("Two step").description("Step 2 consumes step 1 output").build(p -> {
      Param<String> text = p.param("text", String.class, "hi");
      Param<Long> times = p.param("times", Long.class, "3");
      ComponentTask made = produce.task(Map.of("text", text));
      consume.task(Map.of("data", made.output(), "times", times));
    });
    Goldens.assertMatches(DIR + "two_step.yaml", graph);
  }

  @Test
  void twoStepsByFile() {
    Map<String, Object> golden = Goldens.load(DIR + "two_step_artifact.yaml");
    ComponentDefinition write = Goldens.component(golden, "write-file");
    ComponentDefinition read = Goldens.component(golden, "read-file");
    PipelineGraph graph = Pipelines.builder("artifact-two-step").build(p -> {
      Param<String> text = p.param("text", String.class, "hello");
      ComponentTask w = write.task(Map.of("text", text));
      read.task(Map.of("data", w.outputNamed("data")));
    });
    Goldens.assertMatches(DIR + "two_step_artifact.yaml", graph);
  }

  @Test
  void taskOptions() {
    Map<String, Object> golden = Goldens.load(DIR + "task_options_pipeline.yaml");
    ComponentDefinition add = Goldens.component(golden, "add");
    PipelineGraph graph = Pipelines.builder("task-options").description("retry / resources / env vars").build(p -> {
      Param<Double> a = p.param("a", Double.class, "1");
      Param<Double> b = p.param("b", Double.class, "7");
      ComponentTask t1 = add.task(Map.of("a", a, "b", b))
          .retry(3).memoryLimit("512Mi").memoryRequest("256Mi").cpuLimit("500m").env("MY_ENV", "hello")
          .displayName("first add");
      add.task(Map.of("a", t1.output(), "b", Value.of(2)))
          .retry(new Retry(2, "Always", "10s", 2, "1m")).memoryLimit("1G").env("MY_ENV", "world")
          .maxCacheStaleness("P0D");
    });
    Goldens.assertMatches(DIR + "task_options_pipeline.yaml", graph);
  }

  /** A map with keys in the given order, as a Python dict literal keeps them. */
  static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
