package io.kfp4j.sdk.argo;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ComponentTask;
import io.kfp4j.sdk.Condition;
import io.kfp4j.sdk.ContainerOp;
import io.kfp4j.sdk.ExitHandler;
import io.kfp4j.sdk.Formatted;
import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.VolumeOp;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.task.Retry;
import io.kfp4j.sdk.task.Sidecar;
import io.kfp4j.sdk.task.Toleration;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * KFP 1.8.22's feature tour ({@code kfp-sdk-outputs/features.py}): every task setting, a condition, loops over static
 * maps and over an output, a VolumeOp mounted by a raw op with a sidecar, a memory limit given by a pipeline
 * parameter (KFP's {@code podSpecPatch}), the exit handler and the pipeline-wide settings.
 */
class FeaturesGoldenTest {
  private static final String GOLDEN = "kfp-sdk-outputs/features.yaml";

  @Test
  void featureTour() {
    ComponentDefinition echo = Goldens.component(Goldens.load(GOLDEN), "echo");
    PipelineGraph graph = Pipelines.builder("features").description("feature tour").build(p -> {
      Param<String> msg = p.param("msg", String.class, "hi");
      p.param("n_gpu", Long.class, "1");
      Param<String> mem = p.param("mem", String.class, "1G");
      ComponentTask exit = echo.task(Map.of("msg", Value.of("exit")));
      ExitHandler.of(exit, () -> {
        ComponentTask a = echo.task(Map.of("msg", msg))
            .displayName("First step")
            .memoryRequest("512M").memoryLimit("1G")
            .cpuRequest("500m").cpuLimit("1")
            .gpuLimit(2)
            .env("ENV1", "v1")
            .nodeSelector("cloud.google.com/gke-accelerator", "nvidia-tesla-k80")
            .toleration(new Toleration("gpu", "Exists", null, "NoSchedule", null))
            .retry(new Retry(3, "Always", "1m", 2, "10m"))
            .timeout(Duration.ofSeconds(600))
            .podAnnotation("anno", "x").podLabel("lbl", "y")
            .caching(false)
            .imagePullPolicy("Always");
        echo.task(Map.of("msg", a.outputNamed("out"))).after(a).maxCacheStaleness("P0D").memoryLimit(mem);
        Condition.when("is-hi", a.outputNamed("out").eq("hi"), () -> echo.task(Map.of("msg", Value.of("cond"))));
        ParallelFor.each(List.of(SdkOutputGoldensTest.ordered("x", 1, "y", "a"),
            SdkOutputGoldensTest.ordered("x", 2, "y", "b")), 2, item -> echo.task(Map.of("msg", item.field("y"))));
        ParallelFor.each(a.<List<String>>outputNamed("out"), item -> echo.task(Map.of("msg", item)));
        VolumeOp vop = VolumeOp.create("vol", "pvc", "1Gi", VolumeOp.AccessMode.RWO);
        ContainerOp.builder("raw").image("busybox").command("sh", "-c").arguments(Formatted.of("ls /mnt; echo %s", msg))
            .fileOutput("o", "/tmp/o").build().mount(vop.volume(), "/mnt")
            .sidecar(new Sidecar("side", "redis:alpine", List.of(), List.of(), false));
      });
      p.imagePullSecrets("secret");
      p.ttlSecondsAfterFinished(3600);
      p.parallelism(5);
      p.timeoutSeconds(7200);
    });
    Goldens.assertMatches(GOLDEN, graph);
  }
}
