package io.kfp4j.sdk.argo;

import io.kfp4j.sdk.ContainerOp;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.VolumeOp;
import io.kfp4j.sdk.ir.PipelineGraph;
import org.junit.jupiter.api.Test;

/** KFP's VolumeOp goldens: a claim the workflow creates, mounted by later tasks. */
class VolumeOpGoldensTest {
  private static final String DIR = "kfp-compiler-goldens/";
  private static final String BASH = "library/bash:4.4.23";

  private static ContainerOp sh(String name, String script) {
    return ContainerOp.builder(name).image(BASH).command("sh", "-c").arguments(script).build();
  }

  @Test
  void basicWithSizeFromAParameter() {
    PipelineGraph graph = Pipelines.builder("VolumeOp Basic").description("A Basic Example on VolumeOp Usage.")
        .build(p -> {
          Param<String> size = p.param("size", String.class);
          VolumeOp vop = VolumeOp.create("create-pvc", "my-pvc", size, VolumeOp.AccessMode.RWM);
          sh("cop", "echo foo > /mnt/file1").mount(vop.volume(), "/mnt");
        });
    Goldens.assertMatches(DIR + "volumeop_basic.yaml", graph);
  }

  @Test
  void parallelStepsOnOneClaim() {
    PipelineGraph graph = Pipelines.builder("VolumeOp Parallel").description("The first example of the design doc.")
        .build(p -> {
          VolumeOp vop = VolumeOp.create("create-pvc", "my-pvc", "10Gi");
          sh("step1", "echo 1 | tee /mnt/file1").mount(vop.volume(), "/mnt");
          sh("step2", "echo 2 | tee /common/file2")
              .mount(vop.volume(), "/common");
          sh("step3", "echo 3 | tee /mnt3/file3").mount(vop.volume(), "/mnt3");
        });
    Goldens.assertMatches(DIR + "volumeop_parallel.yaml", graph);
  }

  @Test
  void dagOfStepsOnOneClaim() {
    PipelineGraph graph = Pipelines.builder("Volume Op DAG").description("The second example of the design doc.")
        .build(p -> {
          VolumeOp vop = VolumeOp.create("create-pvc", "my-pvc", "10Gi");
          ContainerOp step1 = sh("step1", "echo 1 | tee /mnt/file1")
              .mount(vop.volume(), "/mnt");
          ContainerOp step2 = sh("step2", "echo 2 | tee /mnt2/file2")
              .mount(vop.volume(), "/mnt2");
          sh("step3", "cat /mnt/file1 /mnt/file2")
              .mount(vop.volume().after(step1, step2), "/mnt");
        });
    Goldens.assertMatches(DIR + "volumeop_dag.yaml", graph);
  }

  /** Step3 has a command and no arguments, so its container has no {@code args}, as KFP writes a raw ContainerOp. */
  @Test
  void sequentialStepsPassTheVolumeOn() {
    PipelineGraph graph = Pipelines.builder("VolumeOp Sequential").description("The third example of the design doc.")
        .build(p -> {
          VolumeOp vop = VolumeOp.create("mypvc", "newpvc", "10Gi");
          ContainerOp step1 = sh("step1", "echo 1|tee /data/file1")
              .mount(vop.volume(), "/data");
          ContainerOp step2 = sh("step2", "cp /data/file1 /data/file2")
              .mount(vop.volume().after(step1), "/data");
          ContainerOp.builder("step3").image(BASH).command("cat", "/mnt/file1", "/mnt/file2").build()
              .mount(vop.volume().after(step2), "/mnt");
        });
    Goldens.assertMatches(DIR + "volumeop_sequential.yaml", graph);
  }
}
