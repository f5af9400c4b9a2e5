package io.kfp4j.sdk.v2;

import static io.kfp4j.sdk.v2.GoldenComponents.cut;
import static io.kfp4j.sdk.v2.Goldens.assertSameSpec;
import static io.kfp4j.sdk.v2.Goldens.compiled;
import static io.kfp4j.sdk.v2.Goldens.golden;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ComponentTask;
import io.kfp4j.sdk.Condition;
import io.kfp4j.sdk.Formatted;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * KFP's goldens whose components are Python functions, rewritten with kfp4j: each component is loaded as a KFP v2
 * component file cut from the golden itself ({@link GoldenComponents}), and the pipeline compiled equals KFP 2's
 * output as data, apart from {@code sdkVersion}.
 */
class PythonComponentGoldensTest {

  @Test
  void pipelineWithEnv() {
    String golden = "critical/pipeline_with_env.yaml";
    ComponentDefinition printEnvOp = cut(golden, "comp-print-env-op");
    ComponentDefinition printEnv = ComponentDefinition.fromText("""
        name: Print env
        implementation:
          container:
            image: alpine
            command:
            - sh
            - -c
            - |
              set -e -x
              echo "$ENV1"
              echo "$ENV2"
              echo "$ENV3"
            env:
              ENV1: val0
              ENV2: val0
        """);
    PipelineGraph graph = Pipelines.builder("pipeline-with-env").build(p -> {
      printEnvOp.task(Map.of()).env("ENV1", "val1");
      printEnv.task(Map.of()).env("ENV2", "val2").env("ENV3", "val3");
    });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void singleCondition() {
    String golden = "essential/pipeline_with_condition.yaml";
    ComponentDefinition flip = cut(golden, "comp-flip-coin-op");
    ComponentDefinition print = cut(golden, "comp-print-op");
    PipelineGraph graph = Pipelines.builder("single-condition-pipeline").build(p -> {
      Param<String> text = p.param("text", String.class, "condition test");
      ComponentTask flip1 = flip.task(Map.of()).caching(false);
      print.task(Map.of("msg", flip1.output()));
      Condition.when(flip1.<String>output().eq("heads"), () -> {
        ComponentTask flip2 = flip.task(Map.of()).caching(false);
        print.task(Map.of("msg", flip2.output()));
        print.task(Map.of("msg", text));
      });
    });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void flipCoin() {
    String golden = "critical/flip_coin.yaml";
    ComponentDefinition flip = cut(golden, "comp-flip-coin");
    ComponentDefinition random = cut(golden, "comp-random-num");
    ComponentDefinition print = cut(golden, "comp-print-msg");
    PipelineGraph graph = Pipelines.builder("conditional-execution-pipeline")
        .description("Shows how to use dsl.If().").build(p -> {
          ComponentTask flipped = flip.task(Map.of()).caching(false);
          for (String[] side : new String[][] {{"heads", "0", "9", "5"}, {"tails", "10", "19", "15"}}) {
            Condition.when(flipped.<String>output().eq(side[0]), () -> {
              ComponentTask num = random.task(Map.of("low", Value.of(Long.parseLong(side[1])),
                  "high", Value.of(Long.parseLong(side[2])))).caching(false);
              long bound = Long.parseLong(side[3]);
              Condition.when(num.<Long>output().gt(bound), () -> print.task(Map.of("msg",
                  Formatted.of(side[0] + " and %s > " + bound + "!", num.output()))).caching(false));
              Condition.when(num.<Long>output().le(bound), () -> print.task(Map.of("msg",
                  Formatted.of(side[0] + " and %s <= " + bound + "!", num.output()))).caching(false));
            });
          }
        });
    assertSameSpec(golden(golden), compiled(graph));
  }
}
