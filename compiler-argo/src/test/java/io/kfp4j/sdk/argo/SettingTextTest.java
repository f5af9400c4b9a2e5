package io.kfp4j.sdk.argo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ContainerOp;
import io.kfp4j.sdk.Formatted;
import io.kfp4j.sdk.Source;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.ir.TaskNode;
import io.kfp4j.sdk.task.SettingValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Typed setting values become Argo text: references as input placeholders the template then takes as inputs. */
class SettingTextTest {
  /** {@code sh -c "echo <msg>"}. */
  private static ContainerOp echo(Source<?> msg) {
    return ContainerOp.builder("echo").image("alpine").command("sh", "-c").arguments(Formatted.of("echo %s", msg)).build();
  }



  @SuppressWarnings("unchecked")
  private static Map<String, Object> template(PipelineGraph graph, String name) {
    List<Map<String, Object>> templates = (List<Map<String, Object>>) ((Map<String, Object>) Compiler.compile(graph)
        .get("spec")).get("templates");
    return templates.stream().filter(t -> t.get("name").equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aLoopItemAsACpuLimitIsPatchedIntoThePod() {
    PipelineGraph graph = Pipelines.builder("loop-cpu").build(p -> ParallelFor.each(List.of("1", "2"),
        item -> echo(Value.of("hi")).cpuLimit(item)));
    Map<String, Object> echo = template(graph, "echo");
    assertEquals("{\"containers\": [{\"name\": \"main\", \"resources\": {\"limits\": {\"cpu\":"
        + " \"{{inputs.parameters.loop-item-param-1}}\"}}}]}", echo.get("podSpecPatch"));
    assertEquals(Map.of("parameters", List.of(Map.of("name", "loop-item-param-1"))), echo.get("inputs"));
  }

  @Test
  void textWithAReferenceInItIsWrittenInPlace() {
    PipelineGraph built = Pipelines.builder("template-memory").build(p -> {
      p.param("gb", String.class, "2");
      echo(Value.of("hi"));
    });
    TaskNode echo = built.tasks().get("echo");
    SettingValue memory = new SettingValue.Reference(new ArgumentValue.Template(List.of(
        new ArgumentValue.ParameterRef("gb"), new ArgumentValue.Constant("Gi"))));
    TaskNode withLimit = new TaskNode(echo.name(), echo.component(), echo.arguments(),
        echo.settings().toBuilder().limit("memory", memory).limit("nvidia.com/gpu", 1).build(), echo.after());
    Map<String, TaskNode> tasks = new LinkedHashMap<>(built.tasks());
    tasks.put("echo", withLimit);
    PipelineGraph graph = new PipelineGraph(built.name(), built.description(), built.pipelineRoot(),
        built.parameters(), tasks, built.root(), built.settings());
    Map<String, Object> template = template(graph, "echo");
    @SuppressWarnings("unchecked")
    Map<String, Object> container = (Map<String, Object>) template.get("container");
    assertEquals(Map.of("limits", Map.of("memory", "{{inputs.parameters.gb}}Gi", "nvidia.com/gpu", 1L)),
        container.get("resources"), "not a single placeholder, so not patched (as KFP); a whole number stays one");
    assertEquals(Map.of("parameters", List.of(Map.of("name", "gb"))), template.get("inputs"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aSecretNamedAtRunTimeIsAnInputOfTheTemplate() {
    PipelineGraph graph = Pipelines.builder("secret-env").build(p -> {
      io.kfp4j.sdk.Param<String> secret = p.param("secret_parm", String.class, "test-secret-1");
      echo(Value.of("hi")).envFromSecret("USER_NAME", secret, "username").envFromSecret("PW", "fixed", "password");
    });
    Map<String, Object> template = template(graph, "echo");
    Map<String, Object> container = (Map<String, Object>) template.get("container");
    assertEquals(List.of(
        Map.of("name", "USER_NAME", "valueFrom", Map.of("secretKeyRef",
            Map.of("key", "username", "name", "{{inputs.parameters.secret_parm}}"))),
        Map.of("name", "PW", "valueFrom", Map.of("secretKeyRef", Map.of("key", "password", "name", "fixed")))),
        container.get("env"));
    assertEquals(Map.of("parameters", List.of(Map.of("name", "secret_parm"))), template.get("inputs"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aClaimNamedByATasksOutputIsMountedAfterIt() {
    PipelineGraph graph = Pipelines.builder("claim-mount").build(p -> {
      ContainerOp pvc = ContainerOp.builder("createpvc").image("alpine").command("sh", "-c", "echo c > /tmp/name")
          .fileOutput("name", "/tmp/name").build();
      echo(Value.of("hi")).mountClaim("data", pvc.output(), "/data");
    });
    Map<String, Object> template = template(graph, "echo");
    assertEquals(List.of(Map.of("name", "data", "persistentVolumeClaim",
        Map.of("claimName", "{{inputs.parameters.createpvc-name}}"))), template.get("volumes"));
    assertEquals(List.of(Map.of("mountPath", "/data", "name", "data")),
        ((Map<String, Object>) template.get("container")).get("volumeMounts"));
    assertEquals(List.of("createpvc"), graph.tasks().get("echo").upstream());
  }
}
