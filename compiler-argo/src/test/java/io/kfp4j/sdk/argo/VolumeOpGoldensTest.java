package io.kfp4j.sdk.argo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ComponentTask;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.VolumeOp;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** KFP's VolumeOp goldens: a claim the workflow creates, mounted by later tasks. */
class VolumeOpGoldensTest {
  private static final String DIR = "kfp-compiler-goldens/";
  private static final String BASH = "library/bash:4.4.23";

  @Test
  void basicWithSizeFromAParameter() {
    ComponentDefinition cop = RawOps.sh("cop", BASH, "echo foo > /mnt/file1", Map.of());
    PipelineGraph graph = Pipelines.builder("VolumeOp Basic").description("A Basic Example on VolumeOp Usage.")
        .build(p -> {
          Param<String> size = p.param("size", String.class);
          VolumeOp vop = VolumeOp.create("create-pvc", "my-pvc", size, VolumeOp.AccessMode.RWM);
          cop.task(Map.of()).mount(vop.volume(), "/mnt");
        });
    Goldens.assertMatches(DIR + "volumeop_basic.yaml", graph);
  }

  @Test
  void parallelStepsOnOneClaim() {
    PipelineGraph graph = Pipelines.builder("VolumeOp Parallel").description("The first example of the design doc.")
        .build(p -> {
          VolumeOp vop = VolumeOp.create("create-pvc", "my-pvc", "10Gi");
          RawOps.sh("step1", BASH, "echo 1 | tee /mnt/file1", Map.of()).task(Map.of()).mount(vop.volume(), "/mnt");
          RawOps.sh("step2", BASH, "echo 2 | tee /common/file2", Map.of()).task(Map.of())
              .mount(vop.volume(), "/common");
          RawOps.sh("step3", BASH, "echo 3 | tee /mnt3/file3", Map.of()).task(Map.of()).mount(vop.volume(), "/mnt3");
        });
    Goldens.assertMatches(DIR + "volumeop_parallel.yaml", graph);
  }

  @Test
  void dagOfStepsOnOneClaim() {
    PipelineGraph graph = Pipelines.builder("Volume Op DAG").description("The second example of the design doc.")
        .build(p -> {
          VolumeOp vop = VolumeOp.create("create-pvc", "my-pvc", "10Gi");
          ComponentTask step1 = RawOps.sh("step1", BASH, "echo 1 | tee /mnt/file1", Map.of()).task(Map.of())
              .mount(vop.volume(), "/mnt");
          ComponentTask step2 = RawOps.sh("step2", BASH, "echo 2 | tee /mnt2/file2", Map.of()).task(Map.of())
              .mount(vop.volume(), "/mnt2");
          RawOps.sh("step3", BASH, "cat /mnt/file1 /mnt/file2", Map.of()).task(Map.of())
              .mount(vop.volume().after(step1, step2), "/mnt");
        });
    Goldens.assertMatches(DIR + "volumeop_dag.yaml", graph);
  }

  /**
   * Matches but for one field: KFP's raw {@code ContainerOp} for step3 has a command and no arguments, so its
   * container has no {@code args}; a component always resolves to {@code args} (empty here), as KFP writes every
   * component task (the {@code features} golden shows {@code args: []}).
   */
  @Test
  void sequentialStepsPassTheVolumeOn() {
    PipelineGraph graph = Pipelines.builder("VolumeOp Sequential").description("The third example of the design doc.")
        .build(p -> {
          VolumeOp vop = VolumeOp.create("mypvc", "newpvc", "10Gi");
          ComponentTask step1 = RawOps.sh("step1", BASH, "echo 1|tee /data/file1", Map.of()).task(Map.of())
              .mount(vop.volume(), "/data");
          ComponentTask step2 = RawOps.sh("step2", BASH, "cp /data/file1 /data/file2", Map.of()).task(Map.of())
              .mount(vop.volume().after(step1), "/data");
          RawOps.op("step3", BASH, List.of("cat", "/mnt/file1", "/mnt/file2"), List.of(), Map.of()).task(Map.of())
              .mount(vop.volume().after(step2), "/mnt");
        });
    assertEquals(List.of("/spec/templates[step3]/container/args: unexpected []"),
        Goldens.differences(DIR + "volumeop_sequential.yaml", graph));
  }
}
