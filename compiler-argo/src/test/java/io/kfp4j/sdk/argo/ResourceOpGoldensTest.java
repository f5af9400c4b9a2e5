package io.kfp4j.sdk.argo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kfp4j.sdk.ComponentTask;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ResourceOp;
import io.kfp4j.sdk.VolumeOp;
import io.kfp4j.sdk.VolumeSnapshotOp;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** KFP's ResourceOp and VolumeSnapshotOp goldens, rewritten with kfp4j. */
class ResourceOpGoldensTest {
  private static final String DIR = "kfp-compiler-goldens/";
  private static final String BASH = "library/bash:4.4.23";

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
          RawOps.sh("cop", BASH, "ls /etc/secret-volume", Map.of()).task(Map.of())
              .mountSecret("my-secret", rop.output(), "/etc/secret-volume");
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
          RawOps.sh("cop", BASH, "ls /etc/secret-volume", Map.of()).task(Map.of())
              .mountSecret("my-secret", rop.output(), "/etc/secret-volume");
        });
    Goldens.assertMatches(DIR + "resourceop_basic.yaml", graph);
  }

  /**
   * Matches but for one field: KFP's raw {@code ContainerOp} step4 has a command and no arguments, so its container
   * has no {@code args}; a component always resolves to {@code args} (as {@code VolumeOpGoldensTest} notes).
   */
  @Test
  void snapshotsAfterEachStep() {
    PipelineGraph graph = Pipelines.builder("VolumeSnapshotOp Sequential")
        .description("The fourth example of the design doc.").build(p -> {
          Param<String> url = p.param("url", String.class);
          VolumeOp vop = VolumeOp.create("create_volume", "vol1", "1Gi", VolumeOp.AccessMode.RWM);
          ComponentTask step1 = RawOps.sh("step1_ingest", "google/cloud-sdk:279.0.0",
              "mkdir /data/step1 && gsutil cat ${url} | gzip -c >/data/step1/file1.gz", Map.of())
              .task(Map.of("url", url)).mount(vop.volume(), "/data");
          VolumeSnapshotOp.of("step1_snap", "step1_snap", vop.volume().after(step1));
          ComponentTask step2 = RawOps.sh("step2_gunzip", BASH,
              "mkdir /data/step2 && gunzip /data/step1/file1.gz -c >/data/step2/file1", Map.of())
              .task(Map.of()).mount(vop.volume().after(step1), "/data");
          VolumeSnapshotOp.of("step2_snap", "step2_snap", vop.volume().after(step2));
          ComponentTask step3 = RawOps.sh("step3_copy", BASH,
              "mkdir /data/step3 && cp -av /data/step2/file1 /data/step3/file3", Map.of())
              .task(Map.of()).mount(vop.volume().after(step2), "/data");
          VolumeSnapshotOp.of("step3_snap", "step3_snap", vop.volume().after(step3));
          RawOps.op("step4_output", BASH, List.of("cat", "/data/step2/file1", "/data/step3/file3"), List.of(),
              Map.of()).task(Map.of()).mount(vop.volume().after(step3), "/data");
        });
    assertEquals(List.of("/spec/templates[step4-output]/container/args: unexpected []"),
        Goldens.differences(DIR + "volume_snapshotop_sequential.yaml", graph));
  }

  /** Matches but for the {@code args: []} of the two steps KFP wrote as raw ops with a command only. */
  @Test
  void volumesRestoredFromSnapshots() {
    PipelineGraph graph = Pipelines.builder("VolumeSnapshotOp RokURL")
        .description("The fifth example of the design doc.").build(p -> {
          Param<String> rokUrl = p.param("rok_url", String.class);
          VolumeOp vop1 = VolumeOp.create("create_volume_1", "vol1", "1Gi", VolumeOp.AccessMode.RWM)
              .annotation("rok/origin", rokUrl);
          ComponentTask step1 = RawOps.sh("step1_concat", BASH, "cat /data/file*| gzip -c >/data/full.gz", Map.of())
              .task(Map.of()).mount(vop1.volume(), "/data");
          VolumeSnapshotOp snap1 = VolumeSnapshotOp.of("create_snapshot_1", "snap1", vop1.volume().after(step1));
          VolumeOp vop2 = VolumeOp.fromSnapshot("create_volume_2", "vol2", snap1);
          ComponentTask step2 = RawOps.op("step2_gunzip", BASH, List.of("gunzip", "-k", "/data/full.gz"), List.of(),
              Map.of()).task(Map.of()).mount(vop2.volume(), "/data");
          VolumeSnapshotOp snap2 = VolumeSnapshotOp.of("create_snapshot_2", "snap2", vop2.volume().after(step2));
          VolumeOp vop3 = VolumeOp.fromSnapshot("create_volume_3", "vol3", snap2);
          RawOps.op("step3_output", BASH, List.of("cat", "/data/full"), List.of(), Map.of()).task(Map.of())
              .mount(vop3.volume(), "/data");
        });
    assertEquals(List.of("/spec/templates[step2-gunzip]/container/args: unexpected []",
            "/spec/templates[step3-output]/container/args: unexpected []"),
        Goldens.differences(DIR + "volume_snapshotop_rokurl.yaml", graph));
  }
}
