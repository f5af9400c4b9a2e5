package io.kfp4j.sdk.argo;


import io.kfp4j.sdk.ContainerOp;
import io.kfp4j.sdk.Condition;
import io.kfp4j.sdk.Formatted;
import io.kfp4j.sdk.GraphCall;
import io.kfp4j.sdk.GraphComponent;
import io.kfp4j.sdk.Output;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Source;
import io.kfp4j.sdk.ir.PipelineGraph;
import org.junit.jupiter.api.Test;

/**
 * KFP's recursive graph component goldens ({@code recursive_do_while}, {@code recursive_while}), rewritten with
 * {@link GraphComponent}: each graph component is a typed static method that calls itself under a Condition.
 */
class GraphComponentGoldensTest {
  private static final String DIR = "kfp-compiler-goldens/";
  /** KFP's {@code FlipCoinOp}: a raw container op with a file output. */
  private static ContainerOp flip() {
    return ContainerOp.builder("Flip").image("python:alpine3.6").command("sh", "-c")
        .arguments("python -c \"import random; result = 'heads' if random.randint(0,1) == 0 else 'tails';"
            + " print(result)\" | tee /tmp/output")
        .fileOutput("output", "/tmp/output").build();
  }

  /** KFP's {@code PrintOp}: {@code echo msg}, with no arguments. */
  private static ContainerOp print(Source<?> msg) {
    return ContainerOp.builder("Print").image("alpine:3.6").command("echo", msg).build();
  }

  /** {@code recursive_do_while.py}: print, flip, and again while heads. */
  static GraphCall<Void> doWhile(Source<String> flipResult) {
    return GraphComponent.named("flip_component").input("flip_result", flipResult).call(() -> {
      ContainerOp printFlip = print(flipResult);
      ContainerOp flipA = flip().after(printFlip);
      Output<String> heads = flipA.output();
      Condition.when(heads.eq("heads"), () -> doWhile(heads));
    });
  }

  /** {@code recursive_while.py}: while the last flip was heads, print it and flip again. */
  static GraphCall<Void> whileHeads(Source<String> flipResult, Source<Long> maxVal) {
    return GraphComponent.named("flip_component").input("flip_result", flipResult).input("maxVal", maxVal).call(() ->
        Condition.when(flipResult.eq("heads"), () -> {
          ContainerOp printFlip = print(flipResult);
          ContainerOp flipA = flip().after(printFlip);
          whileHeads(flipA.output(), maxVal);
        }));
  }

  @Test
  void recursiveDoWhile() {
    PipelineGraph graph = Pipelines.builder("pipeline flip coin").description("shows how to use graph_component.")
        .build(p -> {
          ContainerOp flipA = flip();
          ContainerOp flipB = flip();
          GraphCall<Void> loop = doWhile(flipA.output()).after(flipB);
          print(Formatted.of("cool, it is over. %s", flipA.output())).after(loop);
        });
    Goldens.assertMatches(DIR + "recursive_do_while.yaml", graph);
  }

  @Test
  void recursiveWhile() {
    PipelineGraph graph = Pipelines.builder("pipeline flip coin").description("shows how to use dsl.Condition.")
        .build(p -> {
          Param<Long> maxVal = p.param("maxVal", Long.class, "12");
          ContainerOp flipA = flip();
          ContainerOp flipB = flip();
          GraphCall<Void> loop = whileHeads(flipA.output(), maxVal).after(flipB);
          print(Formatted.of("cool, it is over. %s", flipA.output())).after(loop);
        });
    Goldens.assertMatches(DIR + "recursive_while.yaml", withoutParameterType(graph));
  }

  /** {@code opsgroups.py}'s graph components: one {@code echo "$0" TEXT} task each. */
  static GraphCall<Void> echo(String graph, String task, String input, Source<?> text) {
    return GraphComponent.named(graph).input(input, text).call(() ->
        ContainerOp.builder(task).image("library/bash:4.4.23").command("sh", "-c").arguments("echo \"$0\"", text)
            .build());
  }

  @Test
  void opsGroups() {
    PipelineGraph graph = Pipelines.builder("opsgroups pipeline").build(p -> {
      Param<Object> text1 = p.param("text1", Object.class, "message 1");
      Param<Object> text2 = p.param("text2", Object.class, "message 2");
      GraphCall<Void> first = echo("echo1_graph_component", "echo1-task1", "text1", text1);
      echo("echo2_graph_component", "echo2-task1", "text2", text2).after(first);
    });
    Goldens.assertMatches(DIR + "opsgroups.yaml", graph);
  }

  /** KFP's golden pipeline parameter has no type (the Python default is an untyped 12). */
  private static PipelineGraph withoutParameterType(PipelineGraph graph) {
    return new PipelineGraph(graph.name(), graph.description(), graph.pipelineRoot(),
        graph.parameters().stream().map(p -> new io.kfp4j.sdk.ir.PipelineParameter(p.name(), null, p.defaultText()))
            .toList(), graph.tasks(), graph.root(), graph.settings());
  }
}
