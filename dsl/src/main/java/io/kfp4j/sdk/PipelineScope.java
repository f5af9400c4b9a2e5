package io.kfp4j.sdk;

/**
 * What a pipeline's body can declare besides tasks: its parameters and pipeline-wide settings, as KFP's
 * pipeline function arguments and {@code PipelineConf}. A {@code Pipelines.builder(...).build(p -> ...)} body gets it
 * as {@code p}; a {@code @Pipeline} method reaches the same with {@link Pipelines#current()}.
 */
public final class PipelineScope {
  private final PipelineContext context;

  PipelineScope(PipelineContext context) {
    this.context = context;
  }

  /** A required parameter; its KFP type follows the Java type ({@code Double} is {@code Float}, ...). */
  public <T> Param<T> param(String name, Class<T> type) {
    return context.param(name, type, null);
  }

  /** A parameter with a default, written as KFP text ({@code "1"}, {@code "True"}, {@code "[1, 2]"}). */
  public <T> Param<T> param(String name, Class<T> type, String defaultText) {
    return context.param(name, type, defaultText);
  }

  /** Secrets for pulling images. */
  public PipelineScope imagePullSecrets(String... secrets) {
    context.settings.imagePullSecrets(java.util.List.of(secrets));
    return this;
  }

  /** How long the finished workflow is kept. */
  public PipelineScope ttlSecondsAfterFinished(long seconds) {
    context.settings.ttl(seconds);
    return this;
  }

  /** How many pods may run at once. */
  public PipelineScope parallelism(int pods) {
    context.settings.parallelism(pods);
    return this;
  }

  /** The deadline of the whole run. */
  public PipelineScope timeoutSeconds(long seconds) {
    context.settings.timeout(seconds);
    return this;
  }

  /** A node label every pod must match. */
  public PipelineScope defaultNodeSelector(String key, String value) {
    context.settings.nodeSelector(key, value);
    return this;
  }

  /**
   * The pods' DNS config, as its Kubernetes JSON form, as KFP's {@code PipelineConf.set_dns_config}:
   * {@code Map.of("nameservers", List.of("1.2.3.4"), "options", List.of(Map.of("name", "ndots", "value", "2")))}.
   */
  public PipelineScope dnsConfig(java.util.Map<String, Object> config) {
    context.settings.dnsConfig(config);
    return this;
  }

  /**
   * Passes files between tasks through one shared volume instead of artifacts, as KFP's {@code data_passing_method =
   * KubernetesVolume(volume, path_prefix)}: {@code dataPassingVolume(Volume.pvc("data", "data-volume"),
   * "artifact_data/")}. Each file input must come from another task (not a constant), and every file should have the
   * same file name ({@code data}). The local engine passes files itself and ignores it.
   */
  public PipelineScope dataPassingVolume(io.kfp4j.sdk.task.Volume volume, String pathPrefix) {
    context.settings.dataPassingVolume(new io.kfp4j.sdk.ir.DataPassingVolume(volume, pathPrefix));
    return this;
  }

  /**
   * A function applied to every task of the pipeline once its body has run, in the order added, as KFP's
   * {@code PipelineConf.add_op_transformer}: {@code opTransformer(task -> task.podLabel("team", team).retry(2))}.
   * It may read the pipeline's parameters ({@code task.podLabel("param", param)}).
   */
  public PipelineScope opTransformer(java.util.function.Consumer<? super Task<?>> transformer) {
    context.opTransformer(transformer);
    return this;
  }
}
