package io.kfp4j.sdk.task;

/** An environment variable of a task's container. */
public sealed interface EnvVar {
  /** The variable's name. */
  String name();

  /** A plain value. @param name the variable @param value its value */
  record Plain(String name, String value) implements EnvVar {}

  /**
   * A key of a Kubernetes secret, whose name may be given when the pipeline runs (a pipeline parameter, a task's
   * output): KFP v1's {@code V1EnvVar(value_from=V1EnvVarSource(secret_key_ref=...))}, kfp-kubernetes'
   * {@code use_secret_as_env}.
   *
   * @param name the variable
   * @param secret the secret's name, text (not a whole number)
   * @param key the secret's key
   */
  record FromSecret(String name, SettingValue secret, String key) implements EnvVar {
    public FromSecret {
      java.util.Objects.requireNonNull(name, "name");
      java.util.Objects.requireNonNull(secret, "secret");
      java.util.Objects.requireNonNull(key, "key");
      if (secret instanceof SettingValue.WholeNumber) {
        throw new IllegalArgumentException("environment variable \"" + name + "\": a secret's name is text, not the"
            + " number " + secret);
      }
    }

    /** A key of a secret named when the pipeline is built. */
    public FromSecret(String name, String secret, String key) {
      this(name, SettingValue.of(secret), key);
    }
  }

  /** A key of a config map. @param name the variable @param configMap the config map @param key its key */
  record FromConfigMap(String name, String configMap, String key) implements EnvVar {}

  /**
   * A field of the task's own pod, as Kubernetes' downward API gives it ({@code valueFrom.fieldRef}): KFP's
   * {@code V1EnvVarSource(field_ref=V1ObjectFieldSelector(field_path=...))}, and what KFP adds to a pod labelled
   * {@code add-pod-env: 'true'} ({@link #kfpPodEnv()}).
   *
   * @param name the variable
   * @param fieldPath {@code metadata.name}, {@code metadata.namespace}, {@code metadata.uid},
   *     {@code metadata.labels['<key>']}, {@code metadata.annotations['<key>']}, {@code spec.nodeName},
   *     {@code spec.serviceAccountName}, {@code status.hostIP}, {@code status.hostIPs}, {@code status.podIP} or
   *     {@code status.podIPs}, the fields Kubernetes allows in a container's environment
   */
  record FromField(String name, String fieldPath) implements EnvVar {
    private static final java.util.regex.Pattern PATH = java.util.regex.Pattern.compile(
        "metadata\\.(name|namespace|uid)|metadata\\.(labels|annotations)\\['[^'\\]]+'\\]"
            + "|spec\\.(nodeName|serviceAccountName)|status\\.(hostIP|hostIPs|podIP|podIPs)");

    public FromField {
      java.util.Objects.requireNonNull(name, "name");
      if (fieldPath == null || !PATH.matcher(fieldPath).matches()) {
        throw new IllegalArgumentException("environment variable \"" + name + "\" reads pod field "
            + (fieldPath == null ? "null" : "\"" + fieldPath + "\"") + ", which Kubernetes does not give a"
            + " container; use metadata.name, metadata.namespace, metadata.uid, metadata.labels['<key>'],"
            + " metadata.annotations['<key>'], spec.nodeName, spec.serviceAccountName, status.hostIP,"
            + " status.hostIPs, status.podIP or status.podIPs");
      }
    }
  }

  /**
   * The variables KFP 1.8.22 adds to a container task whose pod label {@code add-pod-env} is {@code 'true'}
   * ({@code add_kfp_pod_env}), in its order: {@code KFP_POD_NAME}, {@code KFP_POD_UID}, {@code KFP_NAMESPACE},
   * {@code WORKFLOW_ID}, {@code KFP_RUN_ID} and {@code ENABLE_CACHING}, each read from the pod's own fields.
   */
  static java.util.List<FromField> kfpPodEnv() {
    return java.util.List.of(
        new FromField("KFP_POD_NAME", "metadata.name"),
        new FromField("KFP_POD_UID", "metadata.uid"),
        new FromField("KFP_NAMESPACE", "metadata.namespace"),
        new FromField("WORKFLOW_ID", "metadata.labels['workflows.argoproj.io/workflow']"),
        new FromField("KFP_RUN_ID", "metadata.labels['pipeline/runid']"),
        new FromField("ENABLE_CACHING", "metadata.labels['pipelines.kubeflow.org/enable_caching']"));
  }

  /**
   * A value that may be given when the pipeline runs (a pipeline parameter, a task output, text with them in it).
   *
   * @param name the variable
   * @param value its value
   */
  record Given(String name, SettingValue value) implements EnvVar {
    public Given {
      java.util.Objects.requireNonNull(name, "name");
      java.util.Objects.requireNonNull(value, "value");
    }
  }
}
