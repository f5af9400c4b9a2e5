package io.kfp4j.tooling.doubles;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ResourceOp;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.List;
import java.util.Map;

/**
 * The pipeline the doubles tests check against: a resource task {@code create-secret} (outputs name, manifest), a
 * task {@code count} of component {@code Count} (outputs n: Integer, report: untyped), and two tasks of component
 * {@code Echo} without outputs, {@code echo} in a loop and {@code echo-2}.
 */
final class DoublesPipeline {
  private static final ComponentDefinition COUNT = ComponentDefinition.fromText(String.join("\n",
      "name: Count",
      "inputs: [{name: text, type: String}]",
      "outputs: [{name: n, type: Integer}, {name: report}]",
      "implementation:",
      "  container:",
      "    image: busybox",
      "    command: [sh, -ec, 'echo 3 > \"$1\"; echo \"$0\" > \"$2\"', {inputValue: text}, {outputPath: n},"
          + " {outputPath: report}]",
      ""));
  private static final ComponentDefinition ECHO = ComponentDefinition.fromText(String.join("\n",
      "name: Echo",
      "inputs: [{name: text}]",
      "implementation: {container: {image: busybox, command: [echo, {inputValue: text}]}}",
      ""));

  private DoublesPipeline() {}

  static PipelineGraph graph() {
    return Pipelines.builder("doubled").build(p -> {
      ResourceOp secret = ResourceOp.named("create-secret")
          .manifest(Map.of("apiVersion", "v1", "kind", "Secret", "metadata", Map.of("generateName", "s-")))
          .build();
      var count = COUNT.task(Map.of("text", secret.output()));
      ParallelFor.each(List.of("a", "b"), item -> ECHO.task(Map.of("text", item)));
      ECHO.task(Map.of("text", count.outputNamed("n")));
    });
  }
}
