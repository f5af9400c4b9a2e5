package io.kfp4j.sdk;

/**
 * What a pipeline's body can declare besides tasks: its parameters and pipeline-wide settings, as KFP's
 * pipeline function arguments and {@code PipelineConf}.
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

  /**
   * Where the components named by the graph components' tasks of this pipeline come from, before each reference's
   * inline spec and URL ({@link ComponentRefs}); set it before creating such tasks. Typed stubs of graph components
   * take theirs from here.
   */
  public PipelineScope componentRefs(ComponentRefs refs) {
    context.componentRefs = java.util.Objects.requireNonNull(refs, "refs");
    return this;
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
}
