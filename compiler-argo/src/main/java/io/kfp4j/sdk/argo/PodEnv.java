package io.kfp4j.sdk.argo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The environment KFP adds to a pod labelled {@code add-pod-env: 'true'}: the pod's name, uid and namespace, the
 * workflow and run ids, and whether caching is on, each read from the pod's own fields.
 */
final class PodEnv {
  private PodEnv() {}

  static List<Map<String, Object>> variables() {
    List<Map<String, Object>> env = new ArrayList<>();
    env.add(field("KFP_POD_NAME", "metadata.name"));
    env.add(field("KFP_POD_UID", "metadata.uid"));
    env.add(field("KFP_NAMESPACE", "metadata.namespace"));
    env.add(field("WORKFLOW_ID", "metadata.labels['workflows.argoproj.io/workflow']"));
    env.add(field("KFP_RUN_ID", "metadata.labels['pipeline/runid']"));
    env.add(field("ENABLE_CACHING", "metadata.labels['pipelines.kubeflow.org/enable_caching']"));
    return env;
  }

  private static Map<String, Object> field(String name, String path) {
    Map<String, Object> out = ContainerTemplates.entry("name", name);
    out.put("valueFrom", ContainerTemplates.entry("fieldRef", ContainerTemplates.entry("fieldPath", path)));
    return out;
  }
}
