package io.kfp4j.sdk.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ComponentTask;
import io.kfp4j.sdk.Condition;
import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.PipelineScope;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ResourceOp;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.task.InitContainer;
import io.kfp4j.sdk.task.Retry;
import io.kfp4j.sdk.task.Sidecar;
import io.kfp4j.sdk.task.Volume;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** What KFP v2 cannot express fails at compile time, naming the pipeline, the task, the setting and the fix. */
class RefusalsTest {
  private static final ComponentDefinition ECHO = ComponentDefinition.fromText("""
      name: Echo
      inputs:
      - {name: text, type: String}
      outputs:
      - {name: data, type: Dataset}
      implementation:
        container: {image: alpine, command: [sh, -c, 'echo "$0" > $1', {inputValue: text}, {outputPath: data}]}
      """);

  private static String refusal(Consumer<PipelineScope> body) {
    PipelineGraph graph = Pipelines.builder("refused").build(body);
    return assertThrows(V2CompileException.class, () -> PipelineSpecCompiler.pipelineSpec(graph)).getMessage();
  }

  private static ComponentTask echo() {
    return ECHO.task(Map.of("text", Value.of("hi")));
  }

  @Test
  void taskSettingsWithoutV2Equivalent() {
    assertEquals("pipeline \"refused\", task \"echo\": the setting sidecars (proxy) has no KFP v2 equivalent; remove"
        + " it, or compile for the Argo target (KFP v1)",
        refusal(p -> echo().sidecar(new Sidecar("proxy", "envoy", List.of(), List.of(), false))));
    assertEquals("pipeline \"refused\", task \"echo\": the setting initContainers (prepare) has no KFP v2 equivalent;"
        + " remove it, or compile for the Argo target (KFP v1)",
        refusal(p -> echo().initContainer(InitContainer.of("prepare", "alpine", "true"))));
    assertEquals("pipeline \"refused\", task \"echo\": the setting maxCacheStaleness (P30D) has no KFP v2"
        + " equivalent; use caching(false) to run it every time, or compile for the Argo target (KFP v1)",
        refusal(p -> echo().maxCacheStaleness("P30D")));
    assertEquals("pipeline \"refused\", task \"echo\": the retry policy OnError has no KFP v2 equivalent (KFP v2"
        + " retries on any failure); retry without a policy, or compile for the Argo target (KFP v1)",
        refusal(p -> echo().retry(new Retry(2, "OnError", null, null, null))));
    assertEquals("pipeline \"refused\", task \"echo\": the ephemeral-storage limit has no KFP v2 equivalent; remove"
        + " it, or compile for the Argo target (KFP v1)", refusal(p -> echo().ephemeralStorageLimit("1Gi")));
  }

  @Test
  void resourceTasksAndArgoOnlyPipelineSettings() {
    String message = refusal(p -> ResourceOp.named("make-secret")
        .manifest(Map.of("apiVersion", "v1", "kind", "Secret", "metadata", Map.of("name", "s"))).build());
    assertTrue(message.startsWith("pipeline \"refused\", task \"make-secret\" is a Kubernetes resource task"), message);
    assertTrue(message.contains("compile for the Argo target (KFP v1)"), message);
    assertEquals("pipeline \"refused\": the pipeline setting ttl (the workflow's ttlStrategy) is Argo-only and has"
        + " no KFP v2 equivalent; remove it, or compile for the Argo target (KFP v1)", refusal(p -> {
          p.ttlSecondsAfterFinished(60);
          echo();
        }));
    assertTrue(refusal(p -> {
      p.dataPassingVolume(Volume.pvc("data", "claim"), "artifact_data/");
      echo();
    }).contains("dataPassingVolume (KFP v2 passes files as artifacts)"));
  }

  @Test
  void wiringKfpV2CannotPass() {
    assertEquals("pipeline \"refused\": echo-2 reads output data of task echo, which runs inside condition-1 that"
        + " does not contain echo-2; KFP v2 passes a value only into the groups inside the one that makes it. Move"
        + " the reader into that group, or compile for the Argo target (KFP v1)", refusal(p -> {
          ComponentTask[] inner = new ComponentTask[1];
          Condition.when(p.param("go", String.class, "yes").eq("yes"), () -> inner[0] = echo());
          ComponentDefinition.fromText("""
              name: Echo
              inputs:
              - {name: text, type: Dataset}
              implementation:
                container: {image: alpine, command: [cat, {inputPath: text}]}
              """).task(Map.of("text", inner[0].outputNamed("data")));
        }));
    assertEquals("pipeline \"refused\", task \"echo-2\", input \"text\" is a parameter and reads echo-data, an"
        + " artifact; KFP v2 does not convert between the two. Give the input and its source the same kind of type (a"
        + " parameter type such as String, or an artifact type such as Dataset), or compile for the Argo target (KFP v1)",
        refusal(p -> ECHO.task(Map.of("text", echo().outputNamed("data").as(String.class)))));
    assertTrue(refusal(p -> ParallelFor.each(List.of(p.param("x", String.class, "a")), item -> echo()))
        .contains("KFP v2 takes only constant items"));
  }

  @Test
  void pipelineNamesAndPlaceholdersKfpV2Refuses() {
    PipelineGraph graph = Pipelines.builder("Addition pipeline").build(p -> echo());
    assertEquals("pipeline \"Addition pipeline\": KFP v2 takes a pipeline name of lower-case letters, digits and"
        + " dashes, starting with a letter or digit, at most 128 characters; name it \"addition-pipeline\"",
        assertThrows(V2CompileException.class, () -> PipelineSpecCompiler.pipelineSpec(graph)).getMessage());
    ComponentDefinition ifValue = ComponentDefinition.fromText("""
        name: Choose
        inputs:
        - {name: flag, type: Boolean}
        implementation:
          container: {image: alpine, command: [echo, {if: {cond: {inputValue: flag}, then: ['--on'], else: ['--off']}}]}
        """);
    assertEquals("pipeline \"refused\", task \"choose\": implementation.container.command[1] is an if placeholder"
        + " whose condition is not isPresent; KFP v2 has only IfPresent placeholders. Rewrite the condition as"
        + " {isPresent: <input>}, or compile for the Argo target (KFP v1)",
        refusal(p -> ifValue.task(Map.of("flag", Value.of(true)))));
  }

  @Test
  void kubernetesSettingsAreLeftToThePlatformDocumentNotRefused() {
    PipelineGraph graph = Pipelines.builder("k8s").build(p -> echo().nodeSelector("disk", "ssd")
        .envFromSecret("TOKEN", "creds", "token").podLabel("team", "ml").timeout(Duration.ofMinutes(1)));
    Compiled.spec(graph);
    JsonNode config = PipelineSpecCompiler.platforms(graph).at("/platforms/kubernetes/deploymentSpec/executors/exec-echo");
    List<String> written = new java.util.ArrayList<>();
    config.fieldNames().forEachRemaining(written::add);
    assertEquals(List.of("activeDeadlineSeconds", "nodeSelector", "podMetadata", "secretAsEnv"), written,
        "each setting is written to the platforms document: " + config);
  }

  private static io.kfp4j.sdk.GraphCall<Void> countUp(io.kfp4j.sdk.Source<String> text) {
    return io.kfp4j.sdk.GraphComponent.named("count_up").input("text", text).call(() -> {
      ComponentTask task = ECHO.task(Map.of("text", text));
      Condition.when(text.ne("stop"), () -> countUp(text));
    });
  }

  @Test
  void recursiveGraphComponents() {
    assertEquals("pipeline \"refused\": graph component \"count_up\" calls itself, and KFP v2 has no recursion;"
        + " compile for the Argo target (KFP v1)", refusal(p -> countUp(p.param("text", String.class, "go"))));
  }

  @Test
  void placeholdersOfTheWrongKindForKfpV2() {
    ComponentDefinition untyped = ComponentDefinition.fromText("""
        name: Show
        inputs:
        - {name: text}
        implementation:
          container: {image: alpine, command: [echo, {inputValue: text}]}
        """);
    assertEquals("pipeline \"refused\", task \"show\": implementation.container.command[1] is {inputValue: text}, and"
        + " KFP v2 makes input \"text\" (untyped, or of a type that is not String, Integer, Float, Boolean, JsonObject"
        + " or JsonArray) an artifact, whose value it does not put on a command line; give the input a parameter type,"
        + " or read it with {inputPath: text}, or compile for the Argo target (KFP v1)",
        refusal(p -> untyped.task(Map.of("text", echo().outputNamed("data")))));
    ComponentDefinition fileOfText = ComponentDefinition.fromText("""
        name: Cat
        inputs:
        - {name: text, type: String}
        implementation:
          container: {image: alpine, command: [cat, {inputPath: text}]}
        """);
    assertTrue(refusal(p -> fileOfText.task(Map.of("text", Value.of("hi"))))
        .contains("is {inputPath: text}, and KFP v2 makes input \"text\" of a parameter type a parameter"));
  }
}
