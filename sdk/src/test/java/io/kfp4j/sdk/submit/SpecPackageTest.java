package io.kfp4j.sdk.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.client.v2.PipelineSpecPackage;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The same graph, packaged for either client. */
class SpecPackageTest {
  @Test
  void theSpecPackageIsNamedAfterThePipelineAndTheArgoOneToo() {
    ComponentDefinition echo = ComponentDefinition.fromText("""
        name: Echo
        inputs:
        - {name: msg, type: String}
        implementation:
          container: {image: alpine, command: [echo, {inputValue: msg}]}
        """);
    PipelineGraph graph = Pipelines.builder("echo-pipeline").build(p -> echo.task(Map.of("msg",
        p.param("msg", String.class, "hi"))));
    PipelineSpecPackage spec = SpecPackage.of(graph);
    assertEquals("echo-pipeline", spec.name());
    assertTrue(spec.runSpec().isObject());
    assertEquals("echo-pipeline", ArgoPackage.of(graph).name());
  }
}
