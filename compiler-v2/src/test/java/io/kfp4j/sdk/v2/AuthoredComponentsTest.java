package io.kfp4j.sdk.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.testcomponents.CalcOps.AddOp;
import org.junit.jupiter.api.Test;

/** The seed's addition pipeline, from an authored {@code @Component add(double, double)}, in KFP v2's IR. */
class AuthoredComponentsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static PipelineGraph additionPipeline() {
    return Pipelines.builder("addition-pipeline")
        .description("An example pipeline that performs addition calculations.").build(p -> {
          Param<Double> a = p.param("a", Double.class, "1");
          Param<Double> b = p.param("b", Double.class, "7");
          var first = AddOp.add(a, Value.of(4.0));
          AddOp.add(first.output(), b);
        });
  }

  /** The text the README shows beside the Argo form: compiler-v2/src/test/resources/addition-pipeline.yaml. */
  @Test
  void additionPipelineText() throws Exception {
    String expected = new String(AuthoredComponentsTest.class.getResourceAsStream("/addition-pipeline.yaml")
        .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    String yaml = PipelineSpecCompiler.toYaml(additionPipeline());
    StrictPipelineSpec.check(yaml);
    assertEquals(expected, yaml);
  }

  @Test
  void additionPipelineSpec() throws Exception {
    PipelineGraph graph = additionPipeline();
    JsonNode spec = Compiled.spec(graph);
    assertEquals(JSON.readTree("""
        {"description": "An example pipeline that performs addition calculations.", "name": "addition-pipeline"}"""),
        spec.get("pipelineInfo"));
    assertEquals(JSON.readTree("""
        {"parameters": {"a": {"defaultValue": 1.0, "isOptional": true, "parameterType": "NUMBER_DOUBLE"},
                        "b": {"defaultValue": 7.0, "isOptional": true, "parameterType": "NUMBER_DOUBLE"}}}"""),
        spec.at("/root/inputDefinitions"));
    // an authored component keeps its names, as a KFP 2 Python component does: the output is Output
    assertEquals(JSON.readTree("""
        {"executorLabel": "exec-add-2",
         "inputDefinitions": {"parameters": {"a": {"parameterType": "NUMBER_DOUBLE"},
                                             "b": {"parameterType": "NUMBER_DOUBLE"}}},
         "outputDefinitions": {"parameters": {"Output": {"parameterType": "NUMBER_DOUBLE"}}}}"""),
        spec.at("/components/comp-add-2"));
    assertEquals(JSON.readTree("""
        {"cachingOptions": {"enableCache": true}, "componentRef": {"name": "comp-add-2"}, "dependentTasks": ["add"],
         "inputs": {"parameters": {
             "a": {"taskOutputParameter": {"outputParameterKey": "Output", "producerTask": "add"}},
             "b": {"componentInputParameter": "b"}}},
         "taskInfo": {"name": "add-2"}}"""), spec.at("/root/dag/tasks/add-2"));
    assertEquals(4.0, spec.at("/root/dag/tasks/add/inputs/parameters/b/runtimeValue/constant").doubleValue());
    JsonNode container = spec.at("/deploymentSpec/executors/exec-add/container");
    assertEquals(JSON.readTree("""
        ["--a", "{{$.inputs.parameters['a']}}", "--b", "{{$.inputs.parameters['b']}}",
         "--out-Output", "{{$.outputs.parameters['Output'].output_file}}"]"""), container.get("args"));
    assertEquals("io.kfp4j.launcher.Launcher", container.get("command").get(container.get("command").size() - 2)
        .asText());
    assertEquals("io.kfp4j.testcomponents.Calc#add",
        container.get("command").get(container.get("command").size() - 1).asText());
  }
}
