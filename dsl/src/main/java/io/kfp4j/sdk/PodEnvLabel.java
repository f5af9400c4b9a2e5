package io.kfp4j.sdk;

import io.kfp4j.sdk.task.EnvVar;

/**
 * KFP's {@code add_pod_env} transformer: a container task whose pod label {@code add-pod-env} is {@code 'true'}
 * (set on the task or in its component's metadata) gets {@link EnvVar#kfpPodEnv()}. Applied once the pipeline body
 * has run, before the pipeline's own op transformers, as KFP 1.8.22 does; a label given when the pipeline runs is
 * never {@code 'true'} here, as in KFP.
 */
final class PodEnvLabel {
  static final String LABEL = "add-pod-env";

  private PodEnvLabel() {}

  static void apply(Task<?> task) {
    if (task instanceof ResourceTask<?> || !"true".equals(label(task))) {
      return;
    }
    for (EnvVar.FromField var : EnvVar.kfpPodEnv()) {
      task.envFromField(var.name(), var.fieldPath());
    }
  }

  private static String label(Task<?> task) {
    var settings = task.settings();
    if (settings.podLabels().containsKey(LABEL)) {
      return settings.podLabels().get(LABEL);
    }
    if (settings.podLabelValues().containsKey(LABEL)) {
      return null;
    }
    return task.component().spec().metadata().labels().get(LABEL);
  }
}
