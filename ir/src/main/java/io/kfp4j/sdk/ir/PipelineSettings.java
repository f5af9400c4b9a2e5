package io.kfp4j.sdk.ir;

import java.util.List;
import java.util.Map;

/**
 * Settings of the whole pipeline, as KFP's {@code PipelineConf}.
 *
 * @param imagePullSecrets names of secrets for pulling images
 * @param ttlSecondsAfterFinished how long the finished workflow is kept, or {@code null}
 * @param parallelism how many pods may run at once, or {@code null}
 * @param timeoutSeconds the deadline of the whole run, or {@code null}
 * @param defaultNodeSelector node labels every pod must match
 */
public record PipelineSettings(List<String> imagePullSecrets, Long ttlSecondsAfterFinished, Integer parallelism,
    Long timeoutSeconds, Map<String, String> defaultNodeSelector) {
  /** Nothing set. */
  public static final PipelineSettings DEFAULT = new PipelineSettings(List.of(), null, null, null, Map.of());

  public PipelineSettings {
    imagePullSecrets = List.copyOf(imagePullSecrets);
    defaultNodeSelector = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(defaultNodeSelector));
  }

  /** Collects settings while a pipeline is built. */
  public static final class Builder {
    private final java.util.List<String> imagePullSecrets = new java.util.ArrayList<>();
    private Long ttl;
    private Integer parallelism;
    private Long timeout;
    private final Map<String, String> nodeSelector = new java.util.LinkedHashMap<>();

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

    /** The settings. */
    public PipelineSettings build() {
      return new PipelineSettings(imagePullSecrets, ttl, parallelism, timeout, nodeSelector);
    }
  }
}
