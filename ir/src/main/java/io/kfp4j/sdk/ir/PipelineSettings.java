package io.kfp4j.sdk.ir;

import java.util.List;
import java.util.Map;

/**
 * Settings of the whole pipeline, as KFP's {@code PipelineConf}. Immutable: {@link #builder()} or
 * {@link #toBuilder()} make another.
 */
public final class PipelineSettings {
  /** Nothing set. */
  public static final PipelineSettings DEFAULT = builder().build();

  private final List<String> imagePullSecrets;
  private final Long ttlSecondsAfterFinished;
  private final Integer parallelism;
  private final Long timeoutSeconds;
  private final Map<String, String> defaultNodeSelector;
  private final Map<String, Object> dnsConfig;
  private final DataPassingVolume dataPassingVolume;

  private PipelineSettings(Builder b) {
    imagePullSecrets = List.copyOf(b.imagePullSecrets);
    ttlSecondsAfterFinished = b.ttl;
    parallelism = b.parallelism;
    timeoutSeconds = b.timeout;
    defaultNodeSelector = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(b.nodeSelector));
    dnsConfig = b.dnsConfig == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(b.dnsConfig));
    dataPassingVolume = b.dataPassingVolume;
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these settings. */
  public Builder toBuilder() {
    Builder b = new Builder().imagePullSecrets(imagePullSecrets);
    b.ttl = ttlSecondsAfterFinished;
    b.parallelism = parallelism;
    b.timeout = timeoutSeconds;
    b.nodeSelector.putAll(defaultNodeSelector);
    b.dnsConfig = dnsConfig;
    b.dataPassingVolume = dataPassingVolume;
    return b;
  }

  /** Names of secrets for pulling images. */
  public List<String> imagePullSecrets() {
    return imagePullSecrets;
  }

  /** How long the finished workflow is kept, or {@code null}. */
  public Long ttlSecondsAfterFinished() {
    return ttlSecondsAfterFinished;
  }

  /** How many pods may run at once, or {@code null}. */
  public Integer parallelism() {
    return parallelism;
  }

  /** The deadline of the whole run, or {@code null}. */
  public Long timeoutSeconds() {
    return timeoutSeconds;
  }

  /** Node labels every pod must match. */
  public Map<String, String> defaultNodeSelector() {
    return defaultNodeSelector;
  }

  /** The pods' DNS config as its Kubernetes JSON form ({@code nameservers}, {@code searches}, {@code options}), or {@code null}. */
  public Map<String, Object> dnsConfig() {
    return dnsConfig;
  }

  /** The volume files pass through instead of artifacts, or {@code null} for artifacts (KFP's default). */
  public DataPassingVolume dataPassingVolume() {
    return dataPassingVolume;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PipelineSettings o && imagePullSecrets.equals(o.imagePullSecrets)
        && java.util.Objects.equals(ttlSecondsAfterFinished, o.ttlSecondsAfterFinished)
        && java.util.Objects.equals(parallelism, o.parallelism)
        && java.util.Objects.equals(timeoutSeconds, o.timeoutSeconds)
        && defaultNodeSelector.equals(o.defaultNodeSelector)
        && java.util.Objects.equals(dnsConfig, o.dnsConfig)
        && java.util.Objects.equals(dataPassingVolume, o.dataPassingVolume);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(imagePullSecrets, ttlSecondsAfterFinished, parallelism, timeoutSeconds,
        defaultNodeSelector, dnsConfig, dataPassingVolume);
  }

  @Override
  public String toString() {
    return "PipelineSettings[imagePullSecrets=" + imagePullSecrets + ", ttlSecondsAfterFinished="
        + ttlSecondsAfterFinished + ", parallelism=" + parallelism + ", timeoutSeconds=" + timeoutSeconds
        + ", defaultNodeSelector=" + defaultNodeSelector + ", dnsConfig=" + dnsConfig
        + ", dataPassingVolume=" + dataPassingVolume + "]";
  }

  /** Collects settings while a pipeline is built. */
  public static final class Builder {
    private final java.util.List<String> imagePullSecrets = new java.util.ArrayList<>();
    private Long ttl;
    private Integer parallelism;
    private Long timeout;
    private final Map<String, String> nodeSelector = new java.util.LinkedHashMap<>();
    private Map<String, Object> dnsConfig;
    private DataPassingVolume dataPassingVolume;

    private Builder() {}

    /** Adds image pull secrets. */
    public Builder imagePullSecrets(List<String> secrets) {
      imagePullSecrets.addAll(secrets);
      return this;
    }

    /** Sets the TTL after the run finished. */
    public Builder ttl(long seconds) {
      if (seconds < 0) {
        throw new IllegalArgumentException("a TTL cannot be negative: " + seconds);
      }
      ttl = seconds;
      return this;
    }

    /** Sets the parallelism. */
    public Builder parallelism(int pods) {
      if (pods < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1, not " + pods);
      }
      parallelism = pods;
      return this;
    }

    /** Sets the timeout. */
    public Builder timeout(long seconds) {
      if (seconds < 1) {
        throw new IllegalArgumentException("a timeout must be positive, not " + seconds);
      }
      timeout = seconds;
      return this;
    }

    /** Adds a default node selector. */
    public Builder nodeSelector(String key, String value) {
      nodeSelector.put(key, value);
      return this;
    }

    /** Sets the pods' DNS config, as its Kubernetes JSON form. */
    public Builder dnsConfig(Map<String, Object> config) {
      dnsConfig = config;
      return this;
    }

    /** Passes files through a volume instead of artifacts. */
    public Builder dataPassingVolume(DataPassingVolume volume) {
      dataPassingVolume = volume;
      return this;
    }

    /** The settings. */
    public PipelineSettings build() {
      return new PipelineSettings(this);
    }
  }
}
