package io.kfp4j.sdk.argo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ContainerOp;
import io.kfp4j.sdk.Formatted;
import io.kfp4j.sdk.InputArgumentPath;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.task.InitContainer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What KFP writes for a raw ContainerOp's parts that no golden shows together. */
class ContainerOpCompileTest {

  @SuppressWarnings("unchecked")
  private static Map<String, Object> template(PipelineGraph graph, String name) {
    List<Map<String, Object>> templates = (List<Map<String, Object>>) ((Map<String, Object>) Goldens
        .compileChecked(graph).get("spec")).get("templates");
    return templates.stream().filter(t -> name.equals(t.get("name"))).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static <T> T at(Map<String, Object> tree, String... path) {
    Object node = tree;
    for (String key : path) {
      node = ((Map<String, Object>) node).get(key);
    }
    return (T) node;
  }

  private static PipelineGraph filesPipeline() {
    return Pipelines.builder("files").build(p -> {
      Param<String> team = p.param("team", String.class, "ml");
      ContainerOp write = ContainerOp.builder("write").image("alpine").command("sh", "-c")
          .arguments("echo hi > /tmp/out; echo '{}' > /tmp/ui.json")
          .fileOutput("out", "/tmp/out").outputArtifact("mlpipeline-ui-metadata", "/tmp/ui.json")
          .outputArtifact("logs", "/tmp/logs")
          .initContainer(InitContainer.of("prepare", "busybox", "mkdir", "-p", "/tmp"))
          .build();
      ContainerOp.builder("read").image("alpine")
          .command("cat", InputArgumentPath.of(write.output()).at("/data/in.txt").named("text"))
          .artifactArgument(InputArgumentPath.of("fixed text").at("/data/again.txt").named("again"))
          .build().env("TEAM", Formatted.of("team-%s", team)).podAnnotation("owner", team);
    });
  }

  @Test
  void outputArtifactsComeFirstUnderTheirOwnNames() {
    Map<String, Object> write = template(filesPipeline(), "write");
    List<Map<String, Object>> artifacts = at(write, "outputs", "artifacts");
    assertEquals(List.of(Map.of("name", "mlpipeline-ui-metadata", "path", "/tmp/ui.json"),
        Map.of("name", "logs", "path", "/tmp/logs"), Map.of("name", "write-out", "path", "/tmp/out")), artifacts);
    assertEquals(List.of(Map.of("command", List.of("mkdir", "-p", "/tmp"), "image", "busybox", "name", "prepare")),
        write.get("initContainers"));
  }

  @Test
  void filesAreReadAtTheirFixedPaths() {
    Map<String, Object> read = template(filesPipeline(), "read");
    assertEquals(List.of("cat", "/data/in.txt"), at(read, "container", "command"));
    assertFalse(at(read, "container") instanceof Map<?, ?> c && c.containsKey("args"), "no args key: " + read);
    List<Map<String, Object>> artifacts = at(read, "inputs", "artifacts");
    assertEquals(List.of(Map.of("name", "again", "path", "/data/again.txt", "raw", Map.of("data", "fixed text")),
        Map.of("name", "write-out", "path", "/data/in.txt")), artifacts);
    assertEquals(List.of(Map.of("name", "TEAM", "value", "team-{{inputs.parameters.team}}")),
        at(read, "container", "env"));
    assertEquals("{{inputs.parameters.team}}", at(read, "metadata", "annotations", "owner"));
    assertEquals(List.of(Map.of("name", "team")), at(read, "inputs", "parameters"));
  }

  @Test
  void aRawContainerCarriesNoComponentAnnotations() {
    Map<String, Object> annotations = at(template(filesPipeline(), "write"), "metadata", "annotations");
    assertTrue(annotations == null || !annotations.containsKey(ContainerTemplates.KFP + "component_spec"),
        String.valueOf(annotations));
  }
}
