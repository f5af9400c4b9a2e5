package io.kfp4j.sdk.client.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the v2 client refuses before sending anything, and how it reads compiled specs. */
class RequestValuesTest {
  static final String SPEC = "pipelineInfo: {name: p}\nschemaVersion: 2.1.0\n";

  @Test
  void parameterValuesKeepTheirJsonTypesAndRefuseWhatJsonCannotHold() {
    Map<String, Object> values = ParameterValues.of(Map.of("n", 7, "x", 7.5, "t", true, "s", "hi",
        "l", List.of(1, "a"), "m", Map.of("k", false)));
    assertEquals(7, values.get("n"));
    assertEquals(List.of(1, "a"), values.get("l"));
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> ParameterValues.of(Map.of("x", Double.NaN)));
    assertTrue(nan.getMessage().startsWith("parameter x: NaN is not a number JSON can hold"), nan.getMessage());
    IllegalArgumentException odd = assertThrows(IllegalArgumentException.class,
        () -> ParameterValues.of(Map.of("when", List.of(java.time.Instant.EPOCH))));
    assertTrue(odd.getMessage().startsWith("parameter when[0]: a java.time.Instant is not a pipeline parameter"),
        odd.getMessage());
  }

  @Test
  void aRunNeedsANameAndExactlyOneOfASpecAndAnUploadedPipeline() {
    PipelineSpecPackage spec = PipelineSpecPackage.ofYaml(SPEC);
    PipelineVersionReference ref = new PipelineVersionReference("pl-1", null);
    assertEquals("run r needs either a compiled pipeline spec (pipelineSpec) or an uploaded pipeline"
        + " (pipelineVersion), not both", assertThrows(IllegalArgumentException.class,
            () -> RunRequest.builder("r").pipelineSpec(spec).pipelineVersion(ref).build()).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> RunRequest.builder("r").build()).getMessage()
        .endsWith("and has neither"));
    assertThrows(IllegalArgumentException.class, () -> RunRequest.builder(" ").pipelineSpec(spec).build());
    assertThrows(IllegalArgumentException.class, () -> new RecurringRunRequest(RunRequest.builder("r")
        .pipelineSpec(spec).build(), io.kfp4j.sdk.client.Trigger.cron("0 * * * * *", null, null), 11, true, null));
  }

  @Test
  void specPackagesAreNamedByPipelineInfoAndRefuseArgoWorkflows() {
    PipelineSpecPackage spec = PipelineSpecPackage.ofYaml(SPEC);
    assertEquals("p", spec.name());
    assertNull(spec.description());
    assertEquals("p", spec.runSpec().at("/pipelineInfo/name").asText());
    String argo = "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata: {generateName: p-}\n";
    assertTrue(assertThrows(IllegalArgumentException.class, () -> PipelineSpecPackage.ofYaml(argo)).getMessage()
        .contains("is an Argo workflow (KFP v1), not KFP v2's pipeline spec"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> PipelineSpecPackage.ofYaml("schemaVersion: 2.1.0"))
        .getMessage().endsWith("it has no pipelineInfo.name"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> PipelineSpecPackage.ofYaml("a: [")).getMessage()
        .startsWith("the pipeline spec is not valid YAML"));
  }

  @Test
  void aPlatformSpecDocumentIsSentBesideTheSpecAsKfpSendsIt() {
    PipelineSpecPackage spec = PipelineSpecPackage.ofYaml(SPEC + "---\nplatforms:\n  kubernetes: {deploymentSpec: {}}\n");
    assertEquals("p", spec.runSpec().at("/pipeline_spec/pipelineInfo/name").asText());
    assertTrue(spec.runSpec().at("/platform_spec/platforms/kubernetes").isObject());
  }

  @Test
  void runStatesReadAnyCaseAndUnknownAsUnspecified() {
    assertEquals(RunState.SUCCEEDED, RunState.of("succeeded"));
    assertEquals(RunState.RUNTIME_STATE_UNSPECIFIED, RunState.of("EXPLODED"));
    assertTrue(RunState.CANCELED.finished());
    assertTrue(!RunState.CANCELING.finished() && !RunState.PAUSED.finished());
  }
}
