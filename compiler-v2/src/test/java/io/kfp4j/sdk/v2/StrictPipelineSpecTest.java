package io.kfp4j.sdk.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kfp_kubernetes.KubernetesExecutorConfigOuterClass.KubernetesExecutorConfig;
import ml_pipelines.PipelineSpecOuterClass.PipelineSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StrictPipelineSpecTest {

  static Stream<Path> goldens() {
    return KfpV2Goldens.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void everyGoldenParsesStrictly(Path golden) throws Exception {
    String yaml = Files.readString(golden);
    PipelineSpec spec = StrictPipelineSpec.parse(yaml);
    assertTrue(spec.hasRoot() || spec.getComponentsCount() > 0, golden + " parsed to an empty spec");
    StrictPipelineSpec.Platforms platforms = StrictPipelineSpec.platforms(yaml);
    boolean hasPlatforms = yaml.lines().anyMatch(l -> l.startsWith("platforms:"));
    assertEquals(hasPlatforms, platforms.spec().getPlatformsCount() > 0, golden + ": platforms document");
  }

  @Test
  void thereAreGoldensToParse() {
    assertTrue(KfpV2Goldens.all().size() > 100, "goldens found: " + KfpV2Goldens.all().size());
  }

  @Test
  void goldenValuesArrive() {
    PipelineSpec spec = StrictPipelineSpec.parse(KfpV2Goldens.read("hello_world.yaml"));
    assertEquals("echo", spec.getPipelineInfo().getName());
    assertEquals("comp-echo", spec.getRoot().getDag().getTasksOrThrow("echo").getComponentRef().getName());
    assertTrue(spec.getRoot().getDag().getTasksOrThrow("echo").getCachingOptions().getEnableCache());
  }

  @Test
  void executorConfigsArriveTyped() {
    StrictPipelineSpec.Platforms platforms =
        StrictPipelineSpec.platforms(KfpV2Goldens.read("critical/pipeline_with_secret_as_env.yaml"));
    KubernetesExecutorConfig comp = platforms.kubernetesExecutors().get("exec-comp");
    assertEquals(3, comp.getSecretAsEnvCount());
    assertEquals("USER_NAME", comp.getSecretAsEnv(0).getKeyToEnv(0).getEnvVar());
    assertEquals("generate-secret-name",
        comp.getSecretAsEnv(2).getSecretNameParameter().getTaskOutputParameter().getProducerTask());
  }

  @Test
  void anUnknownFieldIsRefusedWithItsPath() {
    String yaml = KfpV2Goldens.read("hello_world.yaml").replace("componentRef:", "componentRef:\n          nme: x");
    var e = assertThrows(StrictPipelineSpec.StrictParseException.class, () -> StrictPipelineSpec.parse(yaml));
    assertTrue(e.getMessage().contains("root.dag.tasks['echo'].componentRef.nme: unknown field of"
        + " ml_pipelines.ComponentRef"), e.getMessage());
  }

  @Test
  void anUnknownTopLevelFieldIsRefused() {
    String yaml = "pipelineInfo:\n  name: p\nschemaVersion: 2.1.0\nsdkVersion: kfp4j\nextra: 1\n";
    var e = assertThrows(StrictPipelineSpec.StrictParseException.class, () -> StrictPipelineSpec.parse(yaml));
    assertTrue(e.getMessage().startsWith("pipeline spec: extra: unknown field of ml_pipelines.PipelineSpec"),
        e.getMessage());
  }

  @Test
  void aBadlyTypedValueIsRefusedWithItsPath() {
    String yaml = KfpV2Goldens.read("hello_world.yaml").replace("enableCache: true",
        "enableCache: [1]");
    var e = assertThrows(StrictPipelineSpec.StrictParseException.class, () -> StrictPipelineSpec.parse(yaml));
    assertTrue(e.getMessage().contains("cachingOptions.enableCache: "), e.getMessage());
  }

  @Test
  void theDeploymentSpecIsStrictToo() {
    String yaml = KfpV2Goldens.read("hello_world.yaml").replace("image: registry", "imagePullPolicy: Always\n        image: registry");
    var e = assertThrows(StrictPipelineSpec.StrictParseException.class, () -> StrictPipelineSpec.parse(yaml));
    assertTrue(e.getMessage().contains("deploymentSpec.executors['exec-echo'].container.imagePullPolicy:"
        + " unknown field"), e.getMessage());
  }

  @Test
  void anUnknownExecutorSettingIsRefusedWithItsPath() {
    String yaml = KfpV2Goldens.read("pvc_mount.yaml").replaceFirst("mountPath: /data", "mountPath: /data\n"
        + "            readOnly: true");
    var e = assertThrows(StrictPipelineSpec.StrictParseException.class, () -> StrictPipelineSpec.platforms(yaml));
    assertTrue(e.getMessage().contains("platforms.kubernetes.deploymentSpec.executors['exec-consumer'].pvcMount[0]"
        + ".readOnly: unknown field of kfp_kubernetes.PvcMount"), e.getMessage());
  }

  @Test
  void anExecutorTheSpecLacksIsRefused() {
    String yaml = KfpV2Goldens.read("pvc_mount.yaml").replace("exec-consumer:\n          pvcMount",
        "exec-other:\n          pvcMount");
    var e = assertThrows(StrictPipelineSpec.StrictParseException.class, () -> StrictPipelineSpec.platforms(yaml));
    assertTrue(e.getMessage().contains("executors['exec-other'] configures an executor the spec does not have"),
        e.getMessage());
  }

  @Test
  void aFileWithoutPlatformsHasNone() {
    StrictPipelineSpec.Platforms platforms = StrictPipelineSpec.platforms(KfpV2Goldens.read("hello_world.yaml"));
    assertEquals(List.of(), List.copyOf(platforms.kubernetesExecutors().keySet()));
  }
}
