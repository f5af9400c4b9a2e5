package io.kfp4j.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.runtime.spec.Arg;
import io.kfp4j.runtime.spec.ContainerSpec;
import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.ir.TaskNode;
import io.kfp4j.sdk.task.EnvVar;
import io.kfp4j.sdk.task.InitContainer;
import io.kfp4j.sdk.task.SettingValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A raw container task lands in the graph as a generated component; its mistakes name the op and the fix. */
class ContainerOpTest {

  @Test
  void commandLineMixesTextParametersOutputsAndFiles() {
    PipelineGraph graph = Pipelines.builder("raw").build(p -> {
      Param<String> tag = p.param("tag", String.class, "latest");
      ContainerOp first = ContainerOp.builder("first").image("alpine").command("sh", "-c")
          .arguments("echo hi > $0", ContainerOp.outputPath("greeting")).build();
      ContainerOp.builder("second").image("alpine").command("cat", InputArgumentPath.of(first.output()))
          .arguments(Formatted.of("tag %s", tag), 3, tag)
          .artifactArgument(InputArgumentPath.of("fixed").at("/data/in.txt").named("config"))
          .fileOutput("out", "/tmp/out").outputArtifact("mlpipeline-ui-metadata", "/tmp/ui.json")
          .initContainer(InitContainer.of("init", "busybox", "true"))
          .build().retry(2);
    });
    TaskNode second = graph.task("second").orElseThrow();
    ContainerSpec container = second.component().spec().container().orElseThrow();
    assertEquals(List.of(new Arg.Literal("cat"), new Arg.InputPath("input-0")), container.command());
    assertEquals(List.of(new Arg.Concat(List.of(new Arg.Literal("tag "), new Arg.InputValue("tag"))),
        new Arg.Literal("3"), new Arg.InputValue("tag")), container.args());
    assertEquals(Map.of("out", "/tmp/out"), container.fileOutputs());
    assertEquals(new ArgumentValue.OutputRef("first", "greeting"), second.arguments().get("input-0"));
    assertEquals(new ArgumentValue.ParameterRef("tag"), second.arguments().get("tag"));
    assertEquals(new ArgumentValue.Constant("fixed"), second.arguments().get("config"));
    assertEquals(Map.of("input-0", "/tmp/inputs/input-0/data", "config", "/data/in.txt"),
        second.rawContainer().inputPaths());
    assertEquals(Map.of("mlpipeline-ui-metadata", "/tmp/ui.json"), second.rawContainer().outputArtifacts());
    assertEquals(List.of("first"), second.upstream());
    assertEquals(2, second.settings().retry().limit());
    assertEquals("init", second.settings().initContainers().get(0).name());
    assertTrue(second.rawContainer().hasCommand() && second.rawContainer().hasArgs());
  }

  @Test
  void absentCommandAndArgumentsAreRecorded() {
    PipelineGraph graph = Pipelines.builder("bare").build(p -> ContainerOp.builder("cop").image("image").build());
    TaskNode cop = graph.task("cop").orElseThrow();
    assertTrue(!cop.rawContainer().hasCommand() && !cop.rawContainer().hasArgs());
    assertNull(graph.task("cop").map(TaskNode::resource).orElse(null));
  }

  @Test
  void withoutImageFailsNamingTheOpAndTheFix() {
    PipelineBuildException e = assertThrows(PipelineBuildException.class, () -> Pipelines.builder("no-image")
        .build(p -> ContainerOp.builder("download").command("ls").build()));
    assertEquals("pipeline \"no-image\", ContainerOp \"download\": has no image; call .image(\"python:3.9\") (the"
        + " image to run) before build()", e.getMessage());
  }

  @Test
  void withoutNameFails() {
    PipelineBuildException e = assertThrows(PipelineBuildException.class, () -> Pipelines.builder("no-name")
        .build(p -> ContainerOp.builder(" ").image("alpine").build()));
    assertTrue(e.getMessage().contains("a ContainerOp needs a name with letters or digits; pass one to"
        + " ContainerOp.builder(\"my-step\")"), e.getMessage());
  }

  @Test
  void anItemOfAnotherKindFailsNamingItsPlace() {
    PipelineBuildException e = assertThrows(PipelineBuildException.class, () -> Pipelines.builder("odd")
        .build(p -> ContainerOp.builder("cop").image("alpine").arguments("ok", List.of(1)).build()));
    assertTrue(e.getMessage().startsWith("pipeline \"odd\", ContainerOp \"cop\": arguments[1] is a "), e.getMessage());
    assertTrue(e.getMessage().contains("give text, a number, a Source"), e.getMessage());
  }

  @Test
  void singleOutputAccessorNamesTheChoices() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pipelines.builder("two")
        .build(p -> ContainerOp.builder("cop").image("alpine").fileOutput("a", "/a").fileOutput("b", "/b").build()
            .output()));
    assertEquals("ContainerOp \"cop\" has 2 outputs, not one; use outputNamed(...) with one of: a, b", e.getMessage());
  }

  @Test
  void pipelineConfigurationFromTheCurrentPipelineAndOpTransformers() {
    PipelineGraph graph = Pipelines.builder("conf").build(p -> annotatedBody(p.param("team", String.class, "ml")));
    TaskNode cop = graph.task("cop").orElseThrow();
    assertEquals(List.of("regcred"), graph.settings().imagePullSecrets());
    assertEquals(600L, graph.settings().ttlSecondsAfterFinished());
    assertEquals(Map.of("nameservers", List.of("1.2.3.4")), graph.settings().dnsConfig());
    assertEquals(new SettingValue.Reference(new ArgumentValue.ParameterRef("team")), cop.settings().podLabelValues()
        .get("team"));
    assertEquals(new EnvVar.Given("TEAM", new SettingValue.Reference(new ArgumentValue.Template(List.of(
        new ArgumentValue.Constant("team-"), new ArgumentValue.ParameterRef("team"))))), cop.settings().env().get(0));
    assertEquals(3, cop.settings().retry().limit());
    assertEquals(3, graph.task("cop-2").orElseThrow().settings().retry().limit());
  }

  /** What a {@code @Pipeline} method's body does: it has its parameters but no scope argument. */
  private static void annotatedBody(Param<String> team) {
    Pipelines.current().imagePullSecrets("regcred").ttlSecondsAfterFinished(600)
        .dnsConfig(Map.of("nameservers", List.of("1.2.3.4")))
        .opTransformer(task -> task.podLabel("team", team).retry(3));
    ContainerOp.builder("cop").image("alpine").build().env("TEAM", Formatted.of("team-%s", team));
    ContainerOp.builder("cop").image("alpine").build();
  }

  @Test
  void currentOutsideAPipelineSaysWhere() {
    IllegalStateException e = assertThrows(IllegalStateException.class, Pipelines::current);
    assertTrue(e.getMessage().startsWith("Pipelines.current() can only be used while a pipeline is being built"),
        e.getMessage());
  }
}
