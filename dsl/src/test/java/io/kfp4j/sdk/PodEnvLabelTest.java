package io.kfp4j.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.task.EnvVar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** KFP's add_pod_env: a container task labelled {@code add-pod-env: 'true'} reads its pod's fields. */
class PodEnvLabelTest {
  private static ContainerOp echo(String name) {
    return ContainerOp.builder(name).image("library/bash").command("sh", "-c").arguments("echo $KFP_POD_NAME").build();
  }

  private static List<EnvVar> env(PipelineGraph graph, String task) {
    return graph.task(task).orElseThrow().settings().env();
  }

  @Test
  void theLabelAddsKfpsPodEnvAfterTheTasksOwnAndBeforeWhatTransformersAdd() {
    PipelineGraph graph = Pipelines.builder("pod-env").build(p -> {
      p.opTransformer(t -> t.env("LATE", "1"));
      echo("echo").env("EARLY", "0").podLabel("add-pod-env", "true");
    });
    List<EnvVar> expected = new ArrayList<>();
    expected.add(new EnvVar.Plain("EARLY", "0"));
    expected.addAll(EnvVar.kfpPodEnv());
    expected.add(new EnvVar.Plain("LATE", "1"));
    assertEquals(expected, env(graph, "echo"));
  }

  @Test
  void aLabelOfTheComponentCountsAsKfpCopiesItToThePod() {
    ComponentDefinition labelled = ComponentDefinition.fromText("name: Labelled\nmetadata:\n  labels:\n"
        + "    add-pod-env: 'true'\nimplementation:\n  container:\n    image: alpine\n");
    PipelineGraph graph = Pipelines.builder("pod-env").build(p -> labelled.task(Map.of()));
    assertEquals(EnvVar.kfpPodEnv(), env(graph, "labelled"));
  }

  @Test
  void otherValuesALabelGivenAtRunTimeOrAddedByATransformerAddNothing() {
    PipelineGraph graph = Pipelines.builder("pod-env").build(p -> {
      Param<String> flag = p.param("flag", String.class, "true");
      p.opTransformer(t -> {
        if (t.taskName().equals("late")) {
          t.podLabel("add-pod-env", "true");
        }
      });
      echo("off").podLabel("add-pod-env", "True");
      echo("given").podLabel("add-pod-env", flag);
      echo("late");
      VolumeOp.create("create-volume", "data", "1Gi").podLabel("add-pod-env", "true");
    });
    for (String task : List.of("off", "given", "late", "create-volume")) {
      assertEquals(List.of(), env(graph, task), task);
    }
  }

  @Test
  void aFieldKubernetesDoesNotGiveIsRefusedNamingTheTask() {
    PipelineBuildException e = assertThrows(PipelineBuildException.class, () -> Pipelines.builder("pod-env")
        .build(p -> echo("echo").envFromField("NODE", "spec.node")));
    assertEquals("pipeline \"pod-env\", task \"echo\": environment variable \"NODE\" reads pod field \"spec.node\","
        + " which Kubernetes does not give a container; use metadata.name, metadata.namespace, metadata.uid,"
        + " metadata.labels['<key>'], metadata.annotations['<key>'], spec.nodeName, spec.serviceAccountName,"
        + " status.hostIP, status.hostIPs, status.podIP or status.podIPs", e.getMessage());
  }

  @Test
  void aBadNodePreferenceIsRefusedNamingTheTask() {
    PipelineBuildException e = assertThrows(PipelineBuildException.class, () -> Pipelines.builder("nodes")
        .build(p -> echo("echo").preferNodes(101, io.kfp4j.sdk.task.NodeRequirement.exists("ssd"))));
    assertEquals("pipeline \"nodes\", task \"echo\": a node preference's weight must be 1 to 100, not 101",
        e.getMessage());
  }
}
