package io.kfp4j.sdk.local.runs;

import io.kfp4j.annotations.Default;
import io.kfp4j.annotations.Pipeline;
import io.kfp4j.sdk.ContainerOp;
import io.kfp4j.sdk.Formatted;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import java.util.List;
import java.util.Map;

/** An annotated pipeline of raw containers that sets pipeline-wide configuration from its body. */
public final class RawContainerPipelines {
  private RawContainerPipelines() {}

  /**
   * Echoes a greeting; every task gets the team as a pod label and an environment variable, from an op transformer.
   *
   * @param team the team running it
   */
  @Pipeline(name = "configured-raw", description = "pipeline configuration from an annotated method")
  public static void configuredRaw(@Default("ml") Param<String> team) {
    Pipelines.current()
        .imagePullSecrets("regcred")
        .ttlSecondsAfterFinished(3600)
        .parallelism(2)
        .timeoutSeconds(600)
        .defaultNodeSelector("pool", "cpu")
        .dnsConfig(Map.of("nameservers", List.of("10.0.0.10")))
        .opTransformer(task -> task.podLabel("team", team).env("TEAM", team));
    ContainerOp.builder("greet").image("alpine").command("sh", "-c")
        .arguments("echo \"$0 from $TEAM\" > \"$1\"", Formatted.of("hello %s", team), ContainerOp.outputPath("text"))
        .build();
  }
}
