package io.kfp4j.sdk.local;

import io.kfp4j.sdk.task.TaskSettings;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local counterparts of the pod fields an environment variable may read ({@code EnvVar.FromField}): the pod's
 * name is the task instance's id, its uid a UUID fixed by run and instance, its namespace {@value #NAMESPACE}; the
 * workflow and run id labels are the run's id, the caching label says whether this task may reuse a cached result,
 * other labels and annotations are the task's own constant ones. Fields with no local counterpart (node, service
 * account, IPs, labels the task does not have) leave the variable unset.
 *
 * @param runId the run's id
 * @param instanceId the task instance's id
 * @param caching whether the task may reuse a cached result
 * @param settings the task's settings (its pod labels and annotations)
 */
record PodFields(String runId, String instanceId, boolean caching, TaskSettings settings) {
  /** The namespace a local task runs in. */
  static final String NAMESPACE = "kfp4j-local";
  private static final Pattern KEYED = Pattern.compile("metadata\\.(labels|annotations)\\['([^'\\]]+)'\\]");

  /** The local value of a field, or empty when it has none. */
  Optional<String> value(String fieldPath) {
    switch (fieldPath) {
      case "metadata.name":
        return Optional.of(instanceId);
      case "metadata.uid":
        return Optional.of(UUID.nameUUIDFromBytes((runId + "/" + instanceId).getBytes(StandardCharsets.UTF_8))
            .toString());
      case "metadata.namespace":
        return Optional.of(NAMESPACE);
      default:
        break;
    }
    Matcher keyed = KEYED.matcher(fieldPath);
    if (!keyed.matches()) {
      return Optional.empty();
    }
    String key = keyed.group(2);
    if (keyed.group(1).equals("annotations")) {
      return Optional.ofNullable(settings.podAnnotations().get(key));
    }
    Map<String, String> labels = Map.of("workflows.argoproj.io/workflow", runId, "pipeline/runid", runId,
        "pipelines.kubeflow.org/enable_caching", Boolean.toString(caching));
    return Optional.ofNullable(labels.getOrDefault(key, settings.podLabels().get(key)));
  }
}
