package io.kfp4j.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.Manifest;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.ir.ResourceAction;
import io.kfp4j.sdk.ir.ResourceOperation;
import io.kfp4j.sdk.task.SettingValue;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** ResourceOp, VolumeOp and VolumeSnapshotOp as the IR holds them, and each mistake's message. */
class ResourceOpTest {
  private static final Map<String, Object> JOB = Map.of("apiVersion", "batch/v1", "kind", "Job",
      "metadata", Map.of("name", "train"));

  @Test
  void aPatchKeepsEveryOptionAndItsOutputs() {
    PipelineGraph graph = build(p -> ResourceOp.named("patch-job").manifest(JOB).action(ResourceAction.PATCH)
        .mergeStrategy("merge").successCondition("status.succeeded > 0").failureCondition("status.failed > 3")
        .setOwnerReference(true).flags("--v=2").attributeOutput("phase", "{.status.phase}").build());
    ResourceOperation op = graph.tasks().get("patch-job").resource();
    assertEquals(new ResourceOperation(ResourceAction.PATCH, new Manifest(JOB), "merge", "status.succeeded > 0",
        "status.failed > 3", true, List.of("--v=2"),
        Map.of("phase", "{.status.phase}", "name", "{.metadata.name}", "manifest", "{}")), op);
    assertEquals(List.of("phase", "name", "manifest"), List.copyOf(op.outputs().keySet()),
        "the outputs given first, then KFP's name and manifest");
  }

  @Test
  void theMainOutputIsTheOneAttributeGivenElseTheName() {
    PipelineGraph graph = build(p -> {
      ResourceOp one = ResourceOp.named("one").manifest(JOB).attributeOutput("phase", "{.status.phase}").build();
      ResourceOp two = ResourceOp.named("two").manifest(JOB).build();
      assertEquals("phase", one.output().name());
      assertEquals("name", two.output().name());
    });
    assertEquals(2, graph.tasks().size());
  }

  @Test
  void aDeleteHasNoOutputsAndWaitsForNothing() {
    PipelineGraph graph = build(p -> {
      ResourceOp delete = ResourceOp.named("delete-job").manifest(JOB).action("delete").build();
      PipelineBuildException e = assertThrows(PipelineBuildException.class, delete::output);
      assertEquals("pipeline \"resources\", ResourceOp \"delete-job\", output \"name\": a delete has no outputs;"
          + " read the object before deleting it", e.getMessage());
    });
    ResourceOperation op = graph.tasks().get("delete-job").resource();
    assertEquals(List.of("--wait=false"), op.flags(), "KFP's default flags of a delete");
    assertEquals(Map.of(), op.outputs());
    assertTrue(graph.tasks().get("delete-job").component().spec().outputs().isEmpty());
  }

  @Test
  void manifestValuesGivenWhenThePipelineRunsAreReferences() {
    PipelineGraph graph = build(p -> {
      Param<String> image = p.param("image", String.class);
      ResourceOp.named("job").manifest(Map.of("kind", "Job", "spec",
          new java.util.TreeMap<>(Map.of("image", image, "args", List.of(Formatted.of("--tag=%s", image), 3)))))
          .build();
    });
    Manifest manifest = graph.tasks().get("job").resource().manifest();
    ArgumentValue ref = new ArgumentValue.ParameterRef("image");
    assertEquals(new SettingValue.Reference(ref), manifest.at("spec", "image").orElseThrow());
    ArgumentValue tag = new ArgumentValue.Template(List.of(new ArgumentValue.Constant("--tag="), ref));
    assertEquals(List.of(new SettingValue.Reference(tag), 3), manifest.at("spec", "args").orElseThrow());
    assertEquals(List.of(tag, ref), graph.tasks().get("job").settingReferences(), "in the manifest's order");
  }

  @Test
  void snapshotAndRestoredVolumeChain() {
    PipelineGraph graph = build(p -> {
      VolumeOp vop = VolumeOp.create("create-volume", "vol1", "1Gi");
      VolumeSnapshotOp snap = VolumeSnapshotOp.of("snap", "snap1", vop.volume()).snapshotClass("csi")
          .annotation("a", "b");
      VolumeOp.fromSnapshot("restore", "vol2", snap);
    });
    Manifest snap = graph.tasks().get("snap").resource().manifest();
    assertEquals("VolumeSnapshot", snap.kind().orElseThrow());
    assertEquals(new Manifest.RunScopedName("snap1"), snap.at("metadata", "name").orElseThrow());
    assertEquals("csi", snap.at("spec", "snapshotClassName").orElseThrow());
    assertEquals("status.readyToUse == true", graph.tasks().get("snap").resource().successCondition());
    Manifest restore = graph.tasks().get("restore").resource().manifest();
    assertEquals(new SettingValue.Reference(new ArgumentValue.OutputRef("snap", "name")),
        restore.at("spec", "dataSource", "name").orElseThrow());
    assertEquals(new SettingValue.Reference(new ArgumentValue.OutputRef("snap", "size")),
        restore.at("spec", "resources", "requests", "storage").orElseThrow());
    assertEquals(List.of("snap"), graph.tasks().get("restore").upstream());
  }

  @Test
  void anUnknownActionNamesTheOpTheFieldAndTheActions() {
    assertEquals("pipeline \"resources\", ResourceOp \"job\", action: \"crate\" is not an action; use create,"
        + " apply, patch, delete or replace",
        error(p -> ResourceOp.named("job").manifest(JOB).action("crate").build()));
  }

  @Test
  void aMissingManifestSaysHowToGiveOne() {
    assertEquals("pipeline \"resources\", ResourceOp \"job\", manifest: none given; give the Kubernetes object with"
        + " .manifest(Map) or .manifestYaml(String)", error(p -> ResourceOp.named("job").build()));
  }

  @Test
  void anOutputThatIsNoJsonPathShowsOne() {
    assertEquals("pipeline \"resources\", ResourceOp \"job\", output \"phase\": \"status.phase\" is not a JSONPath:"
        + " it has no {...} expression; write a kubectl JSONPath template such as \"{.metadata.name}\" or"
        + " \"{.status.phase}\"",
        error(p -> ResourceOp.named("job").manifest(JOB).attributeOutput("phase", "status.phase").build()));
    assertEquals("pipeline \"resources\", ResourceOp \"job\", output \"phase\": \"{status.phase}\" is not a"
        + " JSONPath: {status.phase} does not start with '.', '$' or '['; write a kubectl JSONPath template such as"
        + " \"{.metadata.name}\" or \"{.status.phase}\"",
        error(p -> ResourceOp.named("job").manifest(JOB).attributeOutput("phase", "{status.phase}").build()));
  }

  @Test
  void optionsThatDoNotFitTheActionAreRefused() {
    assertEquals("pipeline \"resources\", ResourceOp \"job\", mergeStrategy: only a patch (or an apply) merges, not"
        + " a create; drop the merge strategy or use .action(\"patch\")",
        error(p -> ResourceOp.named("job").manifest(JOB).mergeStrategy("merge").build()));
    assertEquals("pipeline \"resources\", ResourceOp \"job\", mergeStrategy: \"deep\" is not a merge strategy; use"
        + " strategic, merge or json",
        error(p -> ResourceOp.named("job").manifest(JOB).action("patch").mergeStrategy("deep").build()));
    assertEquals("pipeline \"resources\", ResourceOp \"job\", attributeOutput: a delete has no conditions and no"
        + " outputs (as in KFP); drop them, or read the object with another op before deleting it",
        error(p -> ResourceOp.named("job").manifest(JOB).action("delete").attributeOutput("x", "{.a}").build()));
  }

  @Test
  void yamlMistakesNameTheOp() {
    assertEquals("pipeline \"resources\", ResourceOp \"job\", manifest: the placeholder ${pasword} has no value;"
        + " give it in the map of values (which has [password])",
        error(p -> ResourceOp.named("job").manifestYaml("kind: Secret\ndata: {password: '${pasword}'}",
            Map.of("password", p.param("password", String.class))).build()));
    assertEquals("pipeline \"resources\", ResourceOp \"job\", manifest: the YAML is not a mapping; give a Kubernetes"
        + " object (apiVersion, kind, metadata, ...)",
        error(p -> ResourceOp.named("job").manifestYaml("- a\n- b").build()));
    assertTrue(error(p -> ResourceOp.named("job").manifestYaml("kind: [Secret").build())
        .startsWith("pipeline \"resources\", ResourceOp \"job\", manifest: not valid YAML: "));
  }

  @Test
  void aLeafThatIsNoManifestValueIsNamedByItsPath() {
    assertEquals("pipeline \"resources\", ResourceOp \"job\", manifest.spec.when: a java.lang.Object is not a"
        + " manifest value; give text, a number, a boolean, a list, a map, or a Source (Param, Output, Formatted)",
        error(p -> ResourceOp.named("job").manifest(Map.of("kind", "Job", "spec", Map.of("when", new Object())))
            .build()));
  }

  @Test
  void outsideAPipelineItSaysWhere() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ResourceOp.named("job").manifest(JOB).build());
    assertTrue(e.getMessage().startsWith("ResourceOp can only be used while a pipeline is being built"),
        e.getMessage());
  }

  private static PipelineGraph build(Consumer<PipelineScope> body) {
    return Pipelines.builder("resources").build(body);
  }

  private static String error(Consumer<PipelineScope> body) {
    return assertThrows(PipelineBuildException.class, () -> build(body)).getMessage();
  }
}
