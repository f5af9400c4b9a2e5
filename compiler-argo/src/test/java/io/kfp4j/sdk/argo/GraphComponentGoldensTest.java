package io.kfp4j.sdk.argo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ComponentTask;
import io.kfp4j.sdk.Condition;
import io.kfp4j.sdk.Formatted;
import io.kfp4j.sdk.GraphCall;
import io.kfp4j.sdk.GraphComponent;
import io.kfp4j.sdk.Output;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.PipelineBuildException;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Source;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * KFP's recursive graph component goldens ({@code recursive_do_while}, {@code recursive_while}), rewritten with
 * {@link GraphComponent}: each graph component is a typed static method that calls itself under a Condition.
 */
class GraphComponentGoldensTest {
  private static final String DIR = "kfp-compiler-goldens/";
  private static final ComponentDefinition FLIP = RawOps.sh("Flip", "python:alpine3.6", "python -c \"import random;"
      + " result = 'heads' if random.randint(0,1) == 0 else 'tails'; print(result)\" | tee /tmp/output",
      Map.of("output", "/tmp/output"));
  private static final ComponentDefinition PRINT = ComponentDefinition.fromText("""
      name: Print
      inputs: [{name: msg}]
      implementation: {container: {image: 'alpine:3.6', command: [echo, {inputValue: msg}]}}
      """);

  private static ComponentTask flip() {
    return FLIP.task(Map.of());
  }

  private static ComponentTask print(Source<?> msg) {
    return PRINT.task(Map.of("msg", msg));
  }

  /** {@code recursive_do_while.py}: print, flip, and again while heads. */
  static GraphCall<Void> doWhile(Source<String> flipResult) {
    return GraphComponent.named("flip_component").input("flip_result", flipResult).call(() -> {
      ComponentTask printFlip = print(flipResult);
      ComponentTask flipA = flip().after(printFlip);
      Output<String> heads = flipA.output();
      Condition.when(heads.eq("heads"), () -> doWhile(heads));
    });
  }

  /** {@code recursive_while.py}: while the last flip was heads, print it and flip again. */
  static GraphCall<Void> whileHeads(Source<String> flipResult, Source<Long> maxVal) {
    return GraphComponent.named("flip_component").input("flip_result", flipResult).input("maxVal", maxVal).call(() ->
        Condition.when(flipResult.eq("heads"), () -> {
          ComponentTask printFlip = print(flipResult);
          ComponentTask flipA = flip().after(printFlip);
          whileHeads(flipA.output(), maxVal);
        }));
  }

  @Test
  void recursiveDoWhile() {
    PipelineGraph graph = Pipelines.builder("pipeline flip coin").description("shows how to use graph_component.")
        .build(p -> {
          ComponentTask flipA = flip();
          ComponentTask flipB = flip();
          GraphCall<Void> loop = doWhile(flipA.output()).after(flipB);
          print(Formatted.of("cool, it is over. %s", flipA.output())).after(loop);
        });
    assertOnlyPrintArgsDiffer("recursive_do_while.yaml", graph);
  }

  @Test
  void recursiveWhile() {
    PipelineGraph graph = Pipelines.builder("pipeline flip coin").description("shows how to use dsl.Condition.")
        .build(p -> {
          Param<Long> maxVal = p.param("maxVal", Long.class, "12");
          ComponentTask flipA = flip();
          ComponentTask flipB = flip();
          GraphCall<Void> loop = whileHeads(flipA.output(), maxVal).after(flipB);
          print(Formatted.of("cool, it is over. %s", flipA.output())).after(loop);
        });
    assertOnlyPrintArgsDiffer("recursive_while.yaml", withoutParameterType(graph));
  }

  /**
   * Equal to the golden but for {@code args: []} on the two print templates: KFP's raw {@code PrintOp} has no
   * {@code arguments}, and a component spec's container always has them here. With the raw {@code ContainerOp} of
   * item 3 of issue 14, PRINT becomes a ContainerOp without arguments and this is {@link Goldens#assertMatches}.
   */
  private static void assertOnlyPrintArgsDiffer(String golden, PipelineGraph graph) {
    assertEquals(List.of("/spec/templates[print]/container/args: unexpected []",
        "/spec/templates[print-2]/container/args: unexpected []"), Goldens.differences(DIR + golden, graph));
  }

  /** KFP's golden pipeline parameter has no type (the Python default is an untyped 12). */
  private static PipelineGraph withoutParameterType(PipelineGraph graph) {
    return new PipelineGraph(graph.name(), graph.description(), graph.pipelineRoot(),
        graph.parameters().stream().map(p -> new io.kfp4j.sdk.ir.PipelineParameter(p.name(), null, p.defaultText()))
            .toList(), graph.tasks(), graph.root(), graph.settings());
  }
}
