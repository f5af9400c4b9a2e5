package io.kfp4j.sdk.task;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything set on a task besides its arguments. Immutable; each {@code withX} returns a copy.
 *
 * @param displayName the name shown in the UI, or {@code null}
 * @param resources requests and limits, constant or given when the pipeline runs
 * @param env environment variables, in order
 * @param nodeSelector node labels the pod must match
 * @param tolerations tolerations
 * @param affinity a Kubernetes affinity as JSON-like maps, or {@code null}
 * @param retry the retry strategy, or {@code null}
 * @param timeoutSeconds the deadline of the task, or {@code null}
 * @param caching whether KFP may reuse a cached result
 * @param maxCacheStaleness how old a cached result may be (ISO-8601, e.g. {@code P30D}), or {@code null}
 * @param podLabels labels of the pod
 * @param podAnnotations annotations of the pod
 * @param volumes volumes of the pod; a claim's name may be given when the pipeline runs
 * @param volumeMounts mounts of the main container
 * @param sidecars sidecar containers
 * @param imagePullPolicy {@code Always}, {@code Never}, {@code IfNotPresent}, or {@code null}
 */
public record TaskSettings(
    String displayName,
    Resources resources,
    List<EnvVar> env,
    Map<String, String> nodeSelector,
    List<Toleration> tolerations,
    Map<String, Object> affinity,
    Retry retry,
    Long timeoutSeconds,
    boolean caching,
    String maxCacheStaleness,
    Map<String, String> podLabels,
    Map<String, String> podAnnotations,
    List<Volume> volumes,
    List<VolumeMount> volumeMounts,
    List<Sidecar> sidecars,
    String imagePullPolicy) {

  /** The settings of a new task: nothing set, caching on. */
  public static final TaskSettings DEFAULT = new TaskSettings(null, Resources.NONE, List.of(), Map.of(), List.of(),
      null, null, null, true, null, Map.of(), Map.of(), List.of(), List.of(), List.of(), null);

  public TaskSettings {
    env = List.copyOf(env);
    nodeSelector = OrderedMaps.copy(nodeSelector);
    tolerations = List.copyOf(tolerations);
    podLabels = OrderedMaps.copy(podLabels);
    podAnnotations = OrderedMaps.copy(podAnnotations);
    volumes = List.copyOf(volumes);
    volumeMounts = List.copyOf(volumeMounts);
    sidecars = List.copyOf(sidecars);
    if (imagePullPolicy != null && !List.of("Always", "Never", "IfNotPresent").contains(imagePullPolicy)) {
      throw new IllegalArgumentException("image pull policy must be Always, Never or IfNotPresent, not \""
          + imagePullPolicy + "\"");
    }
    if (timeoutSeconds != null && timeoutSeconds <= 0) {
      throw new IllegalArgumentException("a timeout must be positive, not " + timeoutSeconds + " seconds");
    }
  }

  /**
   * The values given when the pipeline runs that these settings read: those of the resources (requests, then
   * limits), then the claim names of the volumes, in order.
   */
  public List<io.kfp4j.sdk.ir.ArgumentValue> references() {
    List<io.kfp4j.sdk.ir.ArgumentValue> refs = new ArrayList<>(resources.references());
    for (Volume volume : volumes) {
      if (volume instanceof Volume.Claim claim) {
        claim.claimName().reference().ifPresent(refs::add);
      }
    }
    return refs;
  }

  /** A builder holding these settings. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Collects settings as a task's chained calls set them. */
  public static final class Builder {
    String displayName;
    Resources resources;
    final List<EnvVar> env;
    final Map<String, String> nodeSelector;
    final List<Toleration> tolerations;
    Map<String, Object> affinity;
    Retry retry;
    Long timeoutSeconds;
    boolean caching;
    String maxCacheStaleness;
    final Map<String, String> podLabels;
    final Map<String, String> podAnnotations;
    final List<Volume> volumes;
    final List<VolumeMount> volumeMounts;
    final List<Sidecar> sidecars;
    String imagePullPolicy;

    Builder(TaskSettings s) {
      displayName = s.displayName;
      resources = s.resources;
      env = new ArrayList<>(s.env);
      nodeSelector = new LinkedHashMap<>(s.nodeSelector);
      tolerations = new ArrayList<>(s.tolerations);
      affinity = s.affinity;
      retry = s.retry;
      timeoutSeconds = s.timeoutSeconds;
      caching = s.caching;
      maxCacheStaleness = s.maxCacheStaleness;
      podLabels = new LinkedHashMap<>(s.podLabels);
      podAnnotations = new LinkedHashMap<>(s.podAnnotations);
      volumes = new ArrayList<>(s.volumes);
      volumeMounts = new ArrayList<>(s.volumeMounts);
      sidecars = new ArrayList<>(s.sidecars);
      imagePullPolicy = s.imagePullPolicy;
    }

    /** Sets the display name. */
    public Builder displayName(String value) {
      displayName = value;
      return this;
    }

    /** Adds a resource request. */
    public Builder request(String resource, String quantity) {
      resources = resources.withRequest(resource, quantity);
      return this;
    }

    /** Adds a resource limit. */
    public Builder limit(String resource, String quantity) {
      resources = resources.withLimit(resource, quantity);
      return this;
    }

    /** Adds a resource limit that is a whole number. */
    public Builder limit(String resource, long quantity) {
      resources = resources.withLimit(resource, quantity);
      return this;
    }

    /** Adds a resource request that may be given when the pipeline runs. */
    public Builder request(String resource, SettingValue quantity) {
      resources = resources.withRequest(resource, quantity);
      return this;
    }

    /** Adds a resource limit that may be given when the pipeline runs. */
    public Builder limit(String resource, SettingValue quantity) {
      resources = resources.withLimit(resource, quantity);
      return this;
    }

    /** Adds an environment variable. */
    public Builder env(EnvVar value) {
      env.add(value);
      return this;
    }

    /** Adds a node selector constraint. */
    public Builder nodeSelector(String key, String value) {
      nodeSelector.put(key, value);
      return this;
    }

    /** Adds a toleration. */
    public Builder toleration(Toleration value) {
      tolerations.add(value);
      return this;
    }

    /** Sets the affinity. */
    public Builder affinity(Map<String, Object> value) {
      affinity = OrderedMaps.copy(value);
      return this;
    }

    /** Sets the retry strategy. */
    public Builder retry(Retry value) {
      retry = value;
      return this;
    }

    /** Sets the timeout. */
    public Builder timeoutSeconds(long value) {
      timeoutSeconds = value;
      return this;
    }

    /** Turns caching on or off. */
    public Builder caching(boolean value) {
      caching = value;
      return this;
    }

    /** Sets the max cache staleness. */
    public Builder maxCacheStaleness(String value) {
      maxCacheStaleness = value;
      return this;
    }

    /** Adds a pod label. */
    public Builder podLabel(String key, String value) {
      podLabels.put(key, value);
      return this;
    }

    /** Adds a pod annotation. */
    public Builder podAnnotation(String key, String value) {
      podAnnotations.put(key, value);
      return this;
    }

    /** Adds a volume, replacing one of the same name. */
    public Builder volume(Volume value) {
      volumes.removeIf(v -> v.name().equals(value.name()));
      volumes.add(value);
      return this;
    }

    /** Adds a volume mount. */
    public Builder volumeMount(VolumeMount value) {
      volumeMounts.add(value);
      return this;
    }

    /** Adds a sidecar. */
    public Builder sidecar(Sidecar value) {
      sidecars.add(value);
      return this;
    }

    /** Sets the image pull policy. */
    public Builder imagePullPolicy(String value) {
      imagePullPolicy = value;
      return this;
    }

    /** The settings collected so far (validated). */
    public TaskSettings build() {
      return new TaskSettings(displayName, resources, env, nodeSelector, tolerations, affinity, retry, timeoutSeconds,
          caching, maxCacheStaleness, podLabels, podAnnotations, volumes, volumeMounts, sidecars, imagePullPolicy);
    }
  }
}
