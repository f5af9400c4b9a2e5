package io.kfp4j.sdk.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnvVarFromFieldTest {
  @Test
  void takesEveryFieldKubernetesGivesAContainer() {
    for (String path : List.of("metadata.name", "metadata.namespace", "metadata.uid", "metadata.labels['team']",
        "metadata.annotations['pipelines.kubeflow.org/run_name']", "spec.nodeName", "spec.serviceAccountName",
        "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs")) {
      assertEquals(path, new EnvVar.FromField("X", path).fieldPath());
    }
  }

  @Test
  void refusesOtherFieldsNamingTheVariableAndTheFieldsItMayRead() {
    for (String path : List.of("metadata.labels", "metadata.labels[team]", "spec.containers", "metadata.name ", "")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new EnvVar.FromField("POD", path));
      assertEquals("environment variable \"POD\" reads pod field \"" + path + "\", which Kubernetes does not give a"
          + " container; use metadata.name, metadata.namespace, metadata.uid, metadata.labels['<key>'],"
          + " metadata.annotations['<key>'], spec.nodeName, spec.serviceAccountName, status.hostIP,"
          + " status.hostIPs, status.podIP or status.podIPs", e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> new EnvVar.FromField("POD", null));
  }

  @Test
  void kfpPodEnvIsWhatKfpAddsInItsOrder() {
    assertEquals(List.of("KFP_POD_NAME", "KFP_POD_UID", "KFP_NAMESPACE", "WORKFLOW_ID", "KFP_RUN_ID", "ENABLE_CACHING"),
        EnvVar.kfpPodEnv().stream().map(EnvVar::name).toList());
    assertEquals(new EnvVar.FromField("KFP_RUN_ID", "metadata.labels['pipeline/runid']"), EnvVar.kfpPodEnv().get(4));
  }
}
