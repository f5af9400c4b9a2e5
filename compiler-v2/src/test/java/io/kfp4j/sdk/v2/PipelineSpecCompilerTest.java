package io.kfp4j.sdk.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiler's API: the same graph gives the same bytes, keys sorted, text that looks like a number quoted. */
class PipelineSpecCompilerTest {
  private static final ComponentDefinition ECHO = ComponentDefinition.fromText("""
      name: Echo
      inputs:
      - {name: text, type: String}
      implementation:
        container: {image: alpine, command: [echo, '7', 'true', {inputValue: text}]}
      """);

  private static PipelineGraph graph() {
    return Pipelines.builder("echo").build(p -> ECHO.task(Map.of("text", Value.of("hi"))));
  }

  @Test
  void sameGraphSameBytesWrittenToTheFile(@TempDir Path dir) throws Exception {
    String yaml = PipelineSpecCompiler.toYaml(graph());
    assertEquals(yaml, PipelineSpecCompiler.toYaml(graph()));
    Path file = dir.resolve("echo.yaml");
    PipelineSpecCompiler.compile(graph(), file);
    assertEquals(yaml, Files.readString(file));
    assertTrue(yaml.startsWith("components:\n"), yaml);
    assertTrue(yaml.indexOf("deploymentSpec:") < yaml.indexOf("pipelineInfo:")
        && yaml.indexOf("pipelineInfo:") < yaml.indexOf("root:") && yaml.indexOf("root:") < yaml.indexOf("schemaVersion:"),
        yaml);
    assertTrue(yaml.contains("- \"7\"") && yaml.contains("- \"true\""), yaml);
    assertTrue(yaml.contains("sdkVersion: " + PipelineSpecCompiler.SDK_VERSION), yaml);
  }

  @Test
  void kubernetesSettingsFollowAsThePlatformsDocument() throws Exception {
    PipelineGraph graph = Pipelines.builder("echo").build(p -> {
      ECHO.task(Map.of("text", Value.of("hi"))).nodeSelector("disk", "ssd").envFromSecret("USER", "creds", "user");
      ECHO.task(Map.of("text", Value.of("plain")));
    });
    String yaml = PipelineSpecCompiler.toYaml(graph);
    assertTrue(yaml.contains("\n---\nplatforms:\n"), yaml);
    StrictPipelineSpec.parse(yaml);
    var platforms = StrictPipelineSpec.platforms(yaml);
    assertEquals(java.util.Set.of("exec-echo"), platforms.kubernetesExecutors().keySet(), "the plain task has no config");
    var config = platforms.kubernetesExecutors().get("exec-echo");
    assertEquals("ssd", config.getNodeSelector().getLabelsMap().get("disk"));
    assertEquals("USER", config.getSecretAsEnv(0).getKeyToEnv(0).getEnvVar());
    assertEquals(PipelineSpecCompiler.platforms(graph).at("/platforms/kubernetes/deploymentSpec/executors"),
        new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
            .readTree(yaml.substring(yaml.indexOf("---\n") + 4)).at("/platforms/kubernetes/deploymentSpec/executors"));
  }

  @Test
  void withoutKubernetesSettingsOneDocument() {
    String yaml = PipelineSpecCompiler.toYaml(graph());
    assertTrue(!yaml.contains("---") && PipelineSpecCompiler.platforms(graph()).isEmpty(), yaml);
  }
}
