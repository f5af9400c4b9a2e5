package io.kfp4j.examples.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.argo.Compiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The seed's addition pipeline, generated from {@link SeedPipelines#additionPipeline}, compiles to the workflow KFP
 * would run: its parameters, two tasks, the second after the first, each starting the launcher. (Argo's schema is
 * checked by {@code kfp4j:compile} when the project is packaged.)
 */
class AdditionPipelineCompileTest {

  @Test
  @SuppressWarnings("unchecked")
  void compilesToAnArgoWorkflow(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("add_pipeline.yaml");
    Compiler.compile(AdditionPipeline.spec(), file);
    Map<String, Object> workflow = (Map<String, Object>) new Yaml(new LoaderOptions()).load(Files.readString(file));

    Map<String, Object> spec = (Map<String, Object>) workflow.get("spec");
    assertEquals("addition-pipeline", spec.get("entrypoint"));
    assertEquals(List.of(Map.of("name", "a", "value", "1"), Map.of("name", "b", "value", "7")),
        ((Map<String, Object>) spec.get("arguments")).get("parameters"));

    Map<String, Object> dag = (Map<String, Object>) template(spec, "addition-pipeline").get("dag");
    List<Map<String, Object>> tasks = (List<Map<String, Object>>) dag.get("tasks");
    assertEquals(List.of("add", "add-2"), tasks.stream().map(t -> t.get("name")).toList());
    assertEquals(null, tasks.get(0).get("dependencies"));
    assertEquals(List.of("add"), tasks.get(1).get("dependencies"));

    Map<String, Object> first = (Map<String, Object>) template(spec, "add").get("container");
    List<String> command = (List<String>) first.get("command");
    assertEquals("java", command.get(0));
    assertEquals(List.of("io.kfp4j.launcher.Launcher", "io.kfp4j.examples.calc.Calc#add"),
        command.subList(command.size() - 2, command.size()));
    assertEquals(List.of("--a", "{{inputs.parameters.a}}", "--b", "4.0", "--out-Output", "/tmp/outputs/Output/data"),
        first.get("args"));
    Map<String, Object> second = (Map<String, Object>) template(spec, "add-2").get("container");
    assertEquals(List.of("--a", "{{inputs.parameters.add-Output}}", "--b", "{{inputs.parameters.b}}", "--out-Output",
        "/tmp/outputs/Output/data"), second.get("args"));
    assertTrue(String.valueOf(template(spec, "add-2").get("inputs")).contains("add-Output"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> template(Map<String, Object> spec, String name) {
    return ((List<Map<String, Object>>) spec.get("templates")).stream().filter(t -> name.equals(t.get("name")))
        .findFirst().orElseThrow(() -> new AssertionError("no template " + name));
  }
}
