package io.kfp4j.sdk.v2;

import static io.kfp4j.sdk.v2.K8sTestPipelines.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.PipelineScope;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.ir.TaskNode;
import io.kfp4j.sdk.task.NodeRequirement;
import io.kfp4j.sdk.task.Toleration;
import io.kfp4j.sdk.task.Volume;
import io.kfp4j.sdk.task.VolumeMount;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Each Kubernetes setting in the executor config, and what KFP v2 cannot express refused by name. */
class KubernetesPlatformTest {
  private static final ObjectMapper YAML = new YAMLMapper();

  @Test
  void schedulingSettings() throws Exception {
    JsonNode config = config(p -> {
      p.defaultNodeSelector("pool", "default").imagePullSecrets("regcred");
      plain("comp").task(Map.of())
          .nodeSelector("cloud.google.com/gke-accelerator", "nvidia-tesla-p4")
          .toleration(new Toleration("key1", "Equal", "value1", "NoExecute", 10L))
          .toleration(new Toleration(null, "Exists", null, null, null))
          .requireNodes(NodeRequirement.in("zone", "us-west-1"))
          .preferNodes(50, NodeRequirement.exists("ssd"))
          .imagePullPolicy("Always")
          .timeout(Duration.ofSeconds(20));
    });
    assertEquals(YAML.readTree("""
        activeDeadlineSeconds: '20'
        imagePullPolicy: Always
        imagePullSecret:
        - secretName: regcred
          secretNameParameter: {runtimeValue: {constant: regcred}}
        nodeAffinity:
        - matchExpressions: [{key: zone, operator: In, values: [us-west-1]}]
        - matchExpressions: [{key: ssd, operator: Exists}]
          weight: 50.0
        nodeSelector:
          labels: {cloud.google.com/gke-accelerator: nvidia-tesla-p4, pool: default}
        tolerations:
        - {effect: NoExecute, key: key1, operator: Equal, tolerationSeconds: '10', value: value1}
        - {operator: Exists}
        """), config);
  }

  @Test
  void configMapsEmptyFoldersAndClaimSubPaths() throws Exception {
    JsonNode config = config(p -> {
      Param<String> claim = p.param("claim", String.class);
      plain("comp").task(Map.of())
          .envFromConfigMap("SETTING", "my-cm", "setting")
          .mount(Volume.of("cm", Map.of("configMap", Map.of("name", "my-cm", "optional", true))), "/mnt/cm")
          .mount(Volume.of("scratch", Map.of("emptyDir", Map.of("medium", "Memory", "sizeLimit", "1Gi"))), "/tmp/x")
          .volume(Volume.pvc("existing", "my-claim"))
          .volumeMount(new VolumeMount("existing", "/data", "sub", false))
          .mountClaim("given", claim, "/given");
    });
    assertEquals(YAML.readTree("""
        configMapAsEnv:
        - configMapName: my-cm
          configMapNameParameter: {runtimeValue: {constant: my-cm}}
          keyToEnv: [{configMapKey: setting, envVar: SETTING}]
          optional: false
        configMapAsVolume:
        - configMapName: my-cm
          configMapNameParameter: {runtimeValue: {constant: my-cm}}
          mountPath: /mnt/cm
          optional: true
        emptyDirMounts:
        - {medium: Memory, mountPath: /tmp/x, sizeLimit: 1Gi, volumeName: scratch}
        pvcMount:
        - constant: my-claim
          mountPath: /data
          pvcNameParameter: {runtimeValue: {constant: my-claim}}
          subPath: sub
        - componentInputParameter: claim
          mountPath: /given
          pvcNameParameter: {componentInputParameter: claim}
        """), config);
  }

  @Test
  void aTaskWithoutKubernetesSettingsHasAnEmptyConfigAndNoDocument() {
    PipelineGraph graph = KubernetesPlatformGoldenTest.build("p", p -> plain("comp").task(Map.of()).caching(false));
    KubernetesPlatform k8s = new KubernetesPlatform("p", graph.settings());
    assertTrue(k8s.executorConfig(graph.tasks().get("comp"), ParameterSpecs.ROOT_DAG).isEmpty());
    assertTrue(KubernetesPlatformGoldenTest.ours(graph).isEmpty());
  }

  @Test
  void whatV2CannotExpressIsRefusedByName() {
    PipelineGraph graph = KubernetesPlatformGoldenTest.build("p", p -> plain("comp").task(Map.of())
        .affinity(Map.of("podAntiAffinity", Map.of()))
        .volume(Volume.emptyDir("unused"))
        .mount(Volume.of("host", Map.of("hostPath", Map.of("path", "/var"))), "/host"));
    TaskNode node = graph.tasks().get("comp");
    KubernetesPlatform k8s = new KubernetesPlatform("p", graph.settings());
    assertEquals(List.of(
        "affinity.podAntiAffinity: KFP v2's kubernetes settings have node affinity only",
        "volume \"unused\" without a mount: KFP v2 adds a volume only where it is mounted",
        "volume mount \"host\" at /host: KFP v2 mounts only claims, secrets, config maps and empty folders, not"
            + " [hostPath]"), k8s.inexpressible(node));
    var e = assertThrows(V2CompileException.class, () -> k8s.executorConfig(node, ParameterSpecs.ROOT_DAG));
    assertTrue(e.getMessage().startsWith("pipeline \"p\", task \"comp\": KFP v2 cannot express affinity.podAntiAffinity"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("compile for the Argo target (KFP v1), which has it"), e.getMessage());
  }

  @Test
  void runTimeLabelsAndReadOnlyClaimsAreRefused() {
    PipelineGraph graph = KubernetesPlatformGoldenTest.build("p", p -> {
      Param<String> team = p.param("team", String.class);
      plain("comp").task(Map.of()).podLabel("team", team)
          .volume(Volume.pvc("data", "claim")).volumeMount(new VolumeMount("data", "/data", null, true));
    });
    assertEquals(List.of("volume mount \"data\" at /data read-only: KFP v2 mounts claims and empty folders read-write",
            "pod label \"team\" given when the pipeline runs: KFP v2's pod labels are constants"),
        new KubernetesPlatform("p", graph.settings()).inexpressible(graph.tasks().get("comp")));
  }

  @Test
  void aValueTheDagCannotReadIsRefusedWithTheTaskAndSetting() {
    PipelineGraph graph = KubernetesPlatformGoldenTest.build("p", p -> ParallelFor.each(List.of("a", "b"),
        item -> plain("comp").task(Map.of()).envFromSecret("TOKEN", item, "token")));
    var e = assertThrows(V2CompileException.class, () -> new KubernetesPlatform("p", graph.settings())
        .executorConfig(graph.tasks().get("comp"), ParameterSpecs.ROOT_DAG));
    assertTrue(e.getMessage().startsWith("pipeline \"p\", task \"comp\", environment variable \"TOKEN\": a Kubernetes"
        + " setting reads"), e.getMessage());
    assertTrue(e.getMessage().contains("reads the item of loop for-loop-2, which the root DAG's"), e.getMessage());
    assertTrue(e.getMessage().contains("pass the value through a task output instead"), e.getMessage());
  }

  @Test
  void theCompilersOwnParameterSpecsAreUsedInSubDags() throws Exception {
    PipelineGraph graph = KubernetesPlatformGoldenTest.build("p", p -> {
      Param<String> pvc = p.param("pvc_name", String.class);
      ParallelFor.each(List.of(1, 2), item -> plain("comp").task(Map.of()).mountClaim("data", pvc, "/data"));
    });
    ParameterSpecs inLoop = value -> {
      var spec = YAML.createObjectNode();
      spec.put("componentInputParameter", "pipelinechannel--"
          + ((io.kfp4j.sdk.ir.ArgumentValue.ParameterRef) value).parameter());
      return spec;
    };
    JsonNode config = new KubernetesPlatform("p", graph.settings()).executorConfig(graph.tasks().get("comp"), inLoop);
    assertEquals(YAML.readTree("""
        pvcMount:
        - componentInputParameter: pipelinechannel--pvc_name
          mountPath: /data
          pvcNameParameter: {componentInputParameter: pipelinechannel--pvc_name}
        """), config);
  }

  @Test
  void pipelineSettingsV2CannotExpress() {
    PipelineGraph graph = KubernetesPlatformGoldenTest.build("p", p -> {
      p.timeoutSeconds(60).parallelism(2).ttlSecondsAfterFinished(10);
      plain("comp").task(Map.of());
    });
    var e = assertThrows(V2CompileException.class, () -> PipelineSpecCompiler.toYaml(graph));
    assertEquals("pipeline \"p\": the pipeline settings ttl (the workflow's ttlStrategy), parallelism (the workflow's"
        + " pod parallelism), timeout (the workflow's activeDeadlineSeconds) are Argo-only and have no KFP v2"
        + " equivalent; remove them, or compile for the Argo target (KFP v1)", e.getMessage());
  }

  private static JsonNode config(Consumer<PipelineScope> body) {
    PipelineGraph graph = KubernetesPlatformGoldenTest.build("p", body);
    JsonNode config = new KubernetesPlatform("p", graph.settings())
        .executorConfig(graph.tasks().get("comp"), ParameterSpecs.ROOT_DAG);
    StrictPipelineSpec.kubernetesExecutorConfig(config);
    return config;
  }
}
