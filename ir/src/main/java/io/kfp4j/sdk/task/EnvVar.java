package io.kfp4j.sdk.task;

/** An environment variable of a task's container. */
public sealed interface EnvVar {
  /** The variable's name. */
  String name();

  /** A plain value. @param name the variable @param value its value */
  record Plain(String name, String value) implements EnvVar {}

  /** A key of a Kubernetes secret. @param name the variable @param secret the secret @param key its key */
  record FromSecret(String name, String secret, String key) implements EnvVar {}

  /** A key of a config map. @param name the variable @param configMap the config map @param key its key */
  record FromConfigMap(String name, String configMap, String key) implements EnvVar {}

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
