package io.kfp4j.sdk.argo;

import io.kfp4j.sdk.ContainerOp;
import io.kfp4j.sdk.Formatted;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ResourceOp;
import io.kfp4j.sdk.VolumeOp;
import io.kfp4j.sdk.VolumeSnapshotOp;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** KFP's ResourceOp and VolumeSnapshotOp goldens, rewritten with kfp4j. */
class ResourceOpGoldensTest {
  private static final String DIR = "kfp-compiler-goldens/";
  private static final String BASH = "library/bash:4.4.23";

  private static ContainerOp sh(String name, String image, Object script) {
    return ContainerOp.builder(name).image(image).command("sh", "-c").arguments(script).build();
  }

  private static ContainerOp run(String name, String... command) {
    return ContainerOp.builder(name).image(BASH).command((Object[]) command).build();
  }

  @Test
  void resourceOpCreatesASecretThatATaskMounts() {
    PipelineGraph graph = Pipelines.builder("ResourceOp Basic").description("A Basic Example on ResourceOp Usage.")
        .build(p -> {
          Param<String> username = p.param("username", String.class);
          Param<String> password = p.param("password", String.class);
          ResourceOp rop = ResourceOp.named("create-my-secret")
              .manifest(Map.of("apiVersion", "v1", "kind", "Secret", "type", "Opaque",
                  "metadata", Map.of("generateName", "my-secret-"),
                  "data", Map.of("username", username, "password", password)))
              .attributeOutput("name", "{.metadata.name}")
              .build();
          sh("cop", BASH, "ls /etc/secret-volume").mountSecret("my-secret", rop.output(), "/etc/secret-volume");
        });
    Goldens.assertMatches(DIR + "resourceop_basic.yaml", graph);
  }

  @Test
  void theSameManifestAsYamlTextWithPlaceholders() {
    PipelineGraph graph = Pipelines.builder("ResourceOp Basic").description("A Basic Example on ResourceOp Usage.")
        .build(p -> {
          Param<String> username = p.param("username", String.class);
          Param<String> password = p.param("password", String.class);
          ResourceOp rop = ResourceOp.named("create-my-secret")
              .manifestYaml("""
                  apiVersion: v1
                  kind: Secret
                  metadata: {generateName: my-secret-}
                  type: Opaque
                  data:
                    username: ${user}
                    password: ${password}
                  """, Map.of("user", username, "password", password))
              .attributeOutput("name", "{.metadata.name}")
              .build();
          sh("cop", BASH, "ls /etc/secret-volume").mountSecret("my-secret", rop.output(), "/etc/secret-volume");
        });
    Goldens.assertMatches(DIR + "resourceop_basic.yaml", graph);
  }

  @Test
  void snapshotsAfterEachStep() {
    PipelineGraph graph = Pipelines.builder("VolumeSnapshotOp Sequential")
        .description("The fourth example of the design doc.").build(p -> {
          Param<String> url = p.param("url", String.class);
          VolumeOp vop = VolumeOp.create("create_volume", "vol1", "1Gi", VolumeOp.AccessMode.RWM);
          ContainerOp step1 = sh("step1_ingest", "google/cloud-sdk:279.0.0",
              Formatted.of("mkdir /data/step1 && gsutil cat %s | gzip -c >/data/step1/file1.gz", url))
              .mount(vop.volume(), "/data");
          VolumeSnapshotOp.of("step1_snap", "step1_snap", vop.volume().after(step1));
          ContainerOp step2 = sh("step2_gunzip", BASH,
              "mkdir /data/step2 && gunzip /data/step1/file1.gz -c >/data/step2/file1")
              .mount(vop.volume().after(step1), "/data");
          VolumeSnapshotOp.of("step2_snap", "step2_snap", vop.volume().after(step2));
          ContainerOp step3 = sh("step3_copy", BASH, "mkdir /data/step3 && cp -av /data/step2/file1 /data/step3/file3")
              .mount(vop.volume().after(step2), "/data");
          VolumeSnapshotOp.of("step3_snap", "step3_snap", vop.volume().after(step3));
          run("step4_output", "cat", "/data/step2/file1", "/data/step3/file3").mount(vop.volume().after(step3), "/data");
        });
    Goldens.assertMatches(DIR + "volume_snapshotop_sequential.yaml", graph);
  }

  @Test
  void volumesRestoredFromSnapshots() {
    PipelineGraph graph = Pipelines.builder("VolumeSnapshotOp RokURL")
        .description("The fifth example of the design doc.").build(p -> {
          Param<String> rokUrl = p.param("rok_url", String.class);
          VolumeOp vop1 = VolumeOp.create("create_volume_1", "vol1", "1Gi", VolumeOp.AccessMode.RWM)
              .annotation("rok/origin", rokUrl);
          ContainerOp step1 = sh("step1_concat", BASH, "cat /data/file*| gzip -c >/data/full.gz")
              .mount(vop1.volume(), "/data");
          VolumeSnapshotOp snap1 = VolumeSnapshotOp.of("create_snapshot_1", "snap1", vop1.volume().after(step1));
          VolumeOp vop2 = VolumeOp.fromSnapshot("create_volume_2", "vol2", snap1);
          ContainerOp step2 = run("step2_gunzip", "gunzip", "-k", "/data/full.gz").mount(vop2.volume(), "/data");
          VolumeSnapshotOp snap2 = VolumeSnapshotOp.of("create_snapshot_2", "snap2", vop2.volume().after(step2));
          VolumeOp vop3 = VolumeOp.fromSnapshot("create_volume_3", "vol3", snap2);
          run("step3_output", "cat", "/data/full").mount(vop3.volume(), "/data");
        });
    Goldens.assertMatches(DIR + "volume_snapshotop_rokurl.yaml", graph);
  }
}
