package io.kfp4j.sdk.local.runs;

import static io.kfp4j.sdk.local.runs.LocalTesting.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kfp4j.sdk.ContainerOp;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.RunnerKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Environment read from the pod's fields ({@code add-pod-env}, {@code envFromField}) gets local values. */
class PodEnvRunTest {
  @Test
  void podFieldsHaveTheirLocalCounterpartsOrLeaveTheVariableUnset(@TempDir Path root) {
    PipelineGraph graph = Pipelines.builder("pod-env").build(p -> ContainerOp.builder("echo").image("library/bash")
        .command("sh", "-c")
        .arguments("echo \"$KFP_POD_NAME|$KFP_POD_UID|$KFP_NAMESPACE|$WORKFLOW_ID|$KFP_RUN_ID|$ENABLE_CACHING"
            + "|$TEAM|$NOTE|${NODE-unset}|${SECRET-unset}\" > \"$0\"", ContainerOp.outputPath("env"))
        .build()
        .podLabel("add-pod-env", "true").podLabel("team", "ml").podAnnotation("note", "hi").caching(false)
        .envFromField("TEAM", "metadata.labels['team']").envFromField("NOTE", "metadata.annotations['note']")
        .envFromField("NODE", "spec.nodeName").envFromSecret("SECRET", "creds", "token"));
    RunResult run = LocalTesting.runner(root).withRunner(RunnerKind.SUBPROCESS).run(graph, Map.of());
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    String id = run.record().id();
    String uid = UUID.nameUUIDFromBytes((id + "/echo").getBytes(StandardCharsets.UTF_8)).toString();
    assertEquals("echo|" + uid + "|kfp4j-local|" + id + "|" + id + "|false|ml|hi|unset|unset\n",
        run.output("echo", "env"));
  }

  @Test
  void aSecretNamedByAnUpstreamOutputWaitsForItAndStaysUnset(@TempDir Path root) {
    PipelineGraph graph = Pipelines.builder("secret-env").build(p -> {
      ContainerOp name = ContainerOp.builder("name").image("library/bash").command("sh", "-c")
          .arguments("echo creds > \"$0\"", ContainerOp.outputPath("secret")).build();
      ContainerOp.builder("echo").image("library/bash").command("sh", "-c")
          .arguments("echo \"${SECRET-unset}\" > \"$0\"", ContainerOp.outputPath("env")).build()
          .caching(false).envFromSecret("SECRET", name.output(), "token");
    });
    assertEquals(java.util.List.of("name"), graph.tasks().get("echo").upstream());
    RunResult run = LocalTesting.runner(root).withRunner(RunnerKind.SUBPROCESS).run(graph, Map.of());
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    assertEquals("unset\n", run.output("echo", "env"));
  }
}
