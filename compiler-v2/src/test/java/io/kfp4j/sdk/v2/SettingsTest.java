package io.kfp4j.sdk.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.task.Retry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Task settings as KFP 2 writes them: caching, retries, resources and accelerators, environment, display names. */
class SettingsTest {
  private static final ComponentDefinition ENV = ComponentDefinition.fromText("""
      name: Print env
      implementation:
        container:
          image: alpine
          command: [sh, -c, 'echo "$ENV1"']
          env: {ENV1: val0, ENV2: val0}
      """);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** KFP v1's way to run a task every time, a zero max cache staleness, is KFP v2's caching off. */
  @Test
  void zeroCacheStalenessTurnsCachingOff() throws Exception {
    for (String zero : new String[] {"P0D", "PT0S"}) {
      JsonNode spec = Compiled.spec(Pipelines.builder("stale").build(p -> ENV.task(Map.of()).maxCacheStaleness(zero)));
      assertEquals(JSON.readTree("{}"), spec.at("/root/dag/tasks/print-env/cachingOptions"), zero);
    }
    JsonNode cached = Compiled.spec(Pipelines.builder("stale").build(p -> ENV.task(Map.of())));
    assertEquals(JSON.readTree("{\"enableCache\": true}"), cached.at("/root/dag/tasks/print-env/cachingOptions"));
  }

  @Test
  void settingsOfOneTask() throws Exception {
    PipelineGraph graph = Pipelines.builder("settings").build(p -> ENV.task(Map.of())
        .env("ENV2", "val2").env("ENV3", "val3")
        .cpuLimit("500m").cpuRequest("2").memoryLimit("512Mi").memoryRequest("1G").gpuLimit(2)
        .retry(new Retry(3, null, "1m", 3, "2h"))
        .caching(false)
        .displayName("Show the environment"));
    JsonNode spec = Compiled.spec(graph);
    assertEquals(JSON.readTree("""
        {"command": ["sh", "-c", "echo \\"$ENV1\\""], "image": "alpine",
         "env": [{"name": "ENV1", "value": "val0"}, {"name": "ENV2", "value": "val2"}, {"name": "ENV3", "value": "val3"}],
         "resources": {"accelerator": {"count": "2", "resourceCount": "2", "resourceType": "nvidia.com/gpu",
                                       "type": "nvidia.com/gpu"},
                       "cpuLimit": 0.5, "cpuRequest": 2.0, "memoryLimit": 0.536870912, "memoryRequest": 1.0,
                       "resourceCpuLimit": "500m", "resourceCpuRequest": "2", "resourceMemoryLimit": "512Mi",
                       "resourceMemoryRequest": "1G"}}"""),
        spec.at("/deploymentSpec/executors/exec-print-env/container"));
    assertEquals(JSON.readTree("""
        {"cachingOptions": {}, "componentRef": {"name": "comp-print-env"},
         "retryPolicy": {"backoffDuration": "60s", "backoffFactor": 3.0, "backoffMaxDuration": "3600s",
                         "maxRetryCount": 3},
         "taskInfo": {"name": "Show the environment"}}"""), spec.at("/root/dag/tasks/print-env"));
  }

  @Test
  void retryDefaultsAsKfpFillsThemIn() throws Exception {
    PipelineGraph graph = Pipelines.builder("retry").build(p -> ENV.task(Map.of()).retry(3));
    assertEquals(JSON.readTree("""
        {"backoffDuration": "0s", "backoffFactor": 2.0, "backoffMaxDuration": "3600s", "maxRetryCount": 3}"""),
        Compiled.spec(graph).at("/root/dag/tasks/print-env/retryPolicy"));
  }

  @Test
  void constantsTakeTheirInputsTypes() throws Exception {
    ComponentDefinition typed = ComponentDefinition.fromText("""
        name: Typed
        inputs:
        - {name: Count, type: Integer}
        - {name: ratio, type: Float, default: '0.5'}
        - {name: flag, type: Boolean}
        - {name: config, type: JsonObject}
        implementation:
          container: {image: alpine, command: [echo, {inputValue: Count}, {inputValue: ratio}, {inputValue: flag},
            {inputValue: config}]}
        """);
    PipelineGraph graph = Pipelines.builder("typed").build(p -> typed.task(Map.of(
        "Count", Value.of(7L), "flag", Value.of(true), "config", Value.of(Map.of("a", 1)))));
    JsonNode spec = Compiled.spec(graph);
    assertEquals(JSON.readTree("""
        {"count": {"runtimeValue": {"constant": 7.0}}, "flag": {"runtimeValue": {"constant": true}},
         "config": {"runtimeValue": {"constant": {"a": 1.0}}}}"""),
        spec.at("/root/dag/tasks/typed/inputs/parameters"));
    assertEquals(JSON.readTree("""
        {"parameters": {"count": {"parameterType": "NUMBER_INTEGER"},
                        "ratio": {"parameterType": "NUMBER_DOUBLE", "isOptional": true, "defaultValue": 0.5},
                        "flag": {"parameterType": "BOOLEAN"}, "config": {"parameterType": "STRUCT"}}}"""),
        spec.at("/components/comp-typed/inputDefinitions"));
  }

  @Test
  void resourcesGivenWhenThePipelineRunsAsKfpPassesThem() throws Exception {
    PipelineGraph graph = Pipelines.builder("pipeline").build(p -> ENV.task(Map.of())
        .cpuLimit(p.param("cpu_limit", String.class, "4000m"))
        .memoryLimit(p.param("memory_limit", String.class, "15G")));
    JsonNode spec = Compiled.spec(graph);
    assertEquals(JSON.readTree("""
        {"parameters": {
          "cpu_limit": {"runtimeValue": {"constant": "{{$.inputs.parameters['pipelinechannel--cpu_limit']}}"}},
          "memory_limit": {"runtimeValue": {"constant": "{{$.inputs.parameters['pipelinechannel--memory_limit']}}"}},
          "pipelinechannel--cpu_limit": {"componentInputParameter": "cpu_limit"},
          "pipelinechannel--memory_limit": {"componentInputParameter": "memory_limit"}}}"""),
        spec.at("/root/dag/tasks/print-env/inputs"));
    assertEquals(JSON.readTree("""
        {"resourceCpuLimit": "{{$.inputs.parameters['pipelinechannel--cpu_limit']}}",
         "resourceMemoryLimit": "{{$.inputs.parameters['pipelinechannel--memory_limit']}}"}"""),
        spec.at("/deploymentSpec/executors/exec-print-env/container/resources"));
  }

  @Test
  void rawContainersPipelineRootAndDescription() throws Exception {
    PipelineGraph graph = Pipelines.builder("raw").pipelineRoot("s3://change/me").build(p -> {
      p.imagePullSecrets("registry-creds").defaultNodeSelector("pool", "batch");
      io.kfp4j.sdk.ContainerOp.builder("say").image("alpine").command("echo", "hello").build();
    });
    JsonNode spec = Compiled.spec(graph);
    assertEquals("s3://change/me", spec.get("defaultPipelineRoot").asText());
    assertEquals(JSON.readTree("""
        {"command": ["echo", "hello"], "image": "alpine"}"""), spec.at("/deploymentSpec/executors/exec-say/container"));
    JsonNode config = PipelineSpecCompiler.platforms(graph).at("/platforms/kubernetes/deploymentSpec/executors/exec-say");
    assertEquals("registry-creds", config.at("/imagePullSecret/0/secretName").asText(), config.toString());
    assertEquals("batch", config.at("/nodeSelector/labels/pool").asText(), config.toString());
  }
}
