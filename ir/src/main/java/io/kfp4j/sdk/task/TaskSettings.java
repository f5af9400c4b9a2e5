package io.kfp4j.sdk.task;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything set on a task besides its arguments. Immutable: {@link #builder()} or {@link #toBuilder()} make
 * another.
 *
 * <pre>{@code
 * TaskSettings settings = TaskSettings.builder().displayName("Train").limit("memory", "2Gi").caching(false).build();
 * }</pre>
 */
public final class TaskSettings {
  /** The settings of a new task: nothing set, caching on. */
  public static final TaskSettings DEFAULT = new TaskSettings(null, Resources.NONE, List.of(), Map.of(), List.of(),
      null, null, null, true, null, Map.of(), Map.of(), List.of(), List.of(), List.of(), null, List.of(), Map.of(), Map.of());

  private final String displayName;
  private final Resources resources;
  private final List<EnvVar> env;
  private final Map<String, String> nodeSelector;
  private final List<Toleration> tolerations;
  private final Map<String, Object> affinity;
  private final Retry retry;
  private final Long timeoutSeconds;
  private final boolean caching;
  private final String maxCacheStaleness;
  private final Map<String, String> podLabels;
  private final Map<String, String> podAnnotations;
  private final List<Volume> volumes;
  private final List<VolumeMount> volumeMounts;
  private final List<Sidecar> sidecars;
  private final String imagePullPolicy;
  private final List<InitContainer> initContainers;
  private final Map<String, SettingValue> podLabelValues;
  private final Map<String, SettingValue> podAnnotationValues;

  private TaskSettings(String displayName, Resources resources, List<EnvVar> env, Map<String, String> nodeSelector, List<Toleration> tolerations, Map<String, Object> affinity, Retry retry, Long timeoutSeconds, boolean caching, String maxCacheStaleness, Map<String, String> podLabels, Map<String, String> podAnnotations, List<Volume> volumes, List<VolumeMount> volumeMounts, List<Sidecar> sidecars, String imagePullPolicy, List<InitContainer> initContainers, Map<String, SettingValue> podLabelValues, Map<String, SettingValue> podAnnotationValues) {
    this.displayName = displayName;
    this.resources = java.util.Objects.requireNonNull(resources, "resources");
    this.env = List.copyOf(env);
    this.nodeSelector = OrderedMaps.copy(nodeSelector);
    this.tolerations = List.copyOf(tolerations);
    this.affinity = affinity;
    this.retry = retry;
    this.timeoutSeconds = timeoutSeconds;
    this.caching = caching;
    this.maxCacheStaleness = maxCacheStaleness;
    this.podLabels = OrderedMaps.copy(podLabels);
    this.podAnnotations = OrderedMaps.copy(podAnnotations);
    this.volumes = List.copyOf(volumes);
    this.volumeMounts = List.copyOf(volumeMounts);
    this.sidecars = List.copyOf(sidecars);
    this.imagePullPolicy = imagePullPolicy;
    this.initContainers = List.copyOf(initContainers);
    this.podLabelValues = OrderedMaps.copy(podLabelValues);
    this.podAnnotationValues = OrderedMaps.copy(podAnnotationValues);
    if (imagePullPolicy != null && !List.of("Always", "Never", "IfNotPresent").contains(imagePullPolicy)) {
      throw new IllegalArgumentException("image pull policy must be Always, Never or IfNotPresent, not \""
          + imagePullPolicy + "\"");
    }
    if (timeoutSeconds != null && timeoutSeconds <= 0) {
      throw new IllegalArgumentException("a timeout must be positive, not " + timeoutSeconds + " seconds");
    }
  }

  /** A builder holding {@link #DEFAULT}. */
  public static Builder builder() {
    return DEFAULT.toBuilder();
  }

  /** The name shown in the UI, or {@code null}. */
  public String displayName() {
    return displayName;
  }

  /** Requests and limits, constant or given when the pipeline runs. */
  public Resources resources() {
    return resources;
  }

  /** Environment variables, in order. */
  public List<EnvVar> env() {
    return env;
  }

  /** Node labels the pod must match. */
  public Map<String, String> nodeSelector() {
    return nodeSelector;
  }

  /** Tolerations. */
  public List<Toleration> tolerations() {
    return tolerations;
  }

  /** A Kubernetes affinity as JSON-like maps, or {@code null}. */
  public Map<String, Object> affinity() {
    return affinity;
  }

  /** The retry strategy, or {@code null}. */
  public Retry retry() {
    return retry;
  }

  /** The deadline of the task in seconds, or {@code null}. */
  public Long timeoutSeconds() {
    return timeoutSeconds;
  }

  /** Whether KFP may reuse a cached result. */
  public boolean caching() {
    return caching;
  }

  /** How old a cached result may be (ISO-8601, e.g. {@code P30D}), or {@code null}. */
  public String maxCacheStaleness() {
    return maxCacheStaleness;
  }

  /** {@link #maxCacheStaleness()} read as KFP reads it, if set. */
  public java.util.Optional<CacheStaleness> cacheStaleness() {
    return maxCacheStaleness == null ? java.util.Optional.empty()
        : java.util.Optional.of(CacheStaleness.parse(maxCacheStaleness));
  }

  /** Labels of the pod. */
  public Map<String, String> podLabels() {
    return podLabels;
  }

  /** Annotations of the pod. */
  public Map<String, String> podAnnotations() {
    return podAnnotations;
  }

  /** Volumes of the pod; a claim's name may be given when the pipeline runs. */
  public List<Volume> volumes() {
    return volumes;
  }

  /** Mounts of the main container. */
  public List<VolumeMount> volumeMounts() {
    return volumeMounts;
  }

  /** Sidecar containers. */
  public List<Sidecar> sidecars() {
    return sidecars;
  }

  /** {@code Always}, {@code Never}, {@code IfNotPresent}, or {@code null}. */
  public String imagePullPolicy() {
    return imagePullPolicy;
  }

  /** Containers that run to completion before the main container starts, in order. */
  public List<InitContainer> initContainers() {
    return initContainers;
  }

  /**
   * Labels of the pod whose value is given when the pipeline runs (a pipeline parameter, an output), besides the
   * constant {@link #podLabels()}.
   */
  public Map<String, SettingValue> podLabelValues() {
    return podLabelValues;
  }

  /** Annotations of the pod whose value is given when the pipeline runs, besides the constant {@link #podAnnotations()}. */
  public Map<String, SettingValue> podAnnotationValues() {
    return podAnnotationValues;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof TaskSettings o)) {
      return false;
    }
    return caching == o.caching
        && java.util.Objects.equals(displayName, o.displayName)
        && java.util.Objects.equals(resources, o.resources)
        && java.util.Objects.equals(env, o.env)
        && java.util.Objects.equals(nodeSelector, o.nodeSelector)
        && java.util.Objects.equals(tolerations, o.tolerations)
        && java.util.Objects.equals(affinity, o.affinity)
        && java.util.Objects.equals(retry, o.retry)
        && java.util.Objects.equals(timeoutSeconds, o.timeoutSeconds)
        && java.util.Objects.equals(maxCacheStaleness, o.maxCacheStaleness)
        && java.util.Objects.equals(podLabels, o.podLabels)
        && java.util.Objects.equals(podAnnotations, o.podAnnotations)
        && java.util.Objects.equals(volumes, o.volumes)
        && java.util.Objects.equals(volumeMounts, o.volumeMounts)
        && java.util.Objects.equals(sidecars, o.sidecars)
        && java.util.Objects.equals(imagePullPolicy, o.imagePullPolicy)
        && initContainers.equals(o.initContainers)
        && podLabelValues.equals(o.podLabelValues)
        && podAnnotationValues.equals(o.podAnnotationValues);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(displayName, resources, env, nodeSelector, tolerations, affinity, retry, timeoutSeconds, caching, maxCacheStaleness, podLabels, podAnnotations, volumes, volumeMounts, sidecars, imagePullPolicy, initContainers, podLabelValues, podAnnotationValues);
  }

  @Override
  public String toString() {
    return "TaskSettings[" + "displayName=" + displayName
        + ", resources=" + resources
        + ", env=" + env
        + ", nodeSelector=" + nodeSelector
        + ", tolerations=" + tolerations
        + ", affinity=" + affinity
        + ", retry=" + retry
        + ", timeoutSeconds=" + timeoutSeconds
        + ", caching=" + caching
        + ", maxCacheStaleness=" + maxCacheStaleness
        + ", podLabels=" + podLabels
        + ", podAnnotations=" + podAnnotations
        + ", volumes=" + volumes
        + ", volumeMounts=" + volumeMounts
        + ", sidecars=" + sidecars
        + ", imagePullPolicy=" + imagePullPolicy
        + ", initContainers=" + initContainers
        + ", podLabelValues=" + podLabelValues
        + ", podAnnotationValues=" + podAnnotationValues + "]";
  }

  /**
   * The values given when the pipeline runs that these settings read: those of the resources (requests, then
   * limits), then what the volumes read (claim and secret names), then environment variables (values, secret names), sidecar images, pod labels and pod
   * annotations given when the pipeline runs, in order.
   */
  public List<io.kfp4j.sdk.ir.ArgumentValue> references() {
    List<io.kfp4j.sdk.ir.ArgumentValue> refs = new ArrayList<>(resources.references());
    volumes.forEach(volume -> refs.addAll(volume.references()));
    for (EnvVar var : env) {
      if (var instanceof EnvVar.Given given) {
        given.value().reference().ifPresent(refs::add);
      } else if (var instanceof EnvVar.FromSecret secret) {
        secret.secret().reference().ifPresent(refs::add);
      }
    }
    sidecars.forEach(s -> s.image().reference().ifPresent(refs::add));
    podLabelValues.values().forEach(v -> v.reference().ifPresent(refs::add));
    podAnnotationValues.values().forEach(v -> v.reference().ifPresent(refs::add));
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
    final List<InitContainer> initContainers;
    final Map<String, SettingValue> podLabelValues;
    final Map<String, SettingValue> podAnnotationValues;

    private Builder(TaskSettings s) {
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
      initContainers = new ArrayList<>(s.initContainers);
      podLabelValues = new LinkedHashMap<>(s.podLabelValues);
      podAnnotationValues = new LinkedHashMap<>(s.podAnnotationValues);
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

    /**
     * Adds a node affinity term the scheduler prefers with a weight (1 to 100), keeping the rest of the affinity:
     * KFP's {@code add_affinity} with {@code preferredDuringSchedulingIgnoredDuringExecution}.
     */
    public Builder preferNodes(int weight, List<NodeRequirement> requirements) {
      if (weight < 1 || weight > 100) {
        throw new IllegalArgumentException("a node preference's weight must be 1 to 100, not " + weight);
      }
      Map<String, Object> term = new LinkedHashMap<>();
      term.put("preference", nodeSelectorTerm(requirements));
      term.put("weight", weight);
      addNodeAffinity("preferredDuringSchedulingIgnoredDuringExecution", term);
      return this;
    }

    /**
     * Adds a node affinity term of which the pod's node must match one: KFP's {@code add_affinity} with
     * {@code requiredDuringSchedulingIgnoredDuringExecution}.
     */
    public Builder requireNodes(List<NodeRequirement> requirements) {
      addNodeAffinity("requiredDuringSchedulingIgnoredDuringExecution", nodeSelectorTerm(requirements));
      return this;
    }

    private static Map<String, Object> nodeSelectorTerm(List<NodeRequirement> requirements) {
      if (requirements.isEmpty()) {
        throw new IllegalArgumentException("a node affinity term needs at least one NodeRequirement");
      }
      return Map.of("matchExpressions", requirements.stream().map(NodeRequirement::toMap).toList());
    }

    @SuppressWarnings("unchecked")
    private void addNodeAffinity(String kind, Map<String, Object> term) {
      Map<String, Object> all = affinity == null ? new LinkedHashMap<>() : new LinkedHashMap<>(affinity);
      Map<String, Object> node = new LinkedHashMap<>((Map<String, Object>) all.getOrDefault("nodeAffinity", Map.of()));
      if (kind.startsWith("required")) {
        Map<String, Object> selector = new LinkedHashMap<>((Map<String, Object>) node.getOrDefault(kind, Map.of()));
        List<Object> terms = new ArrayList<>((List<Object>) selector.getOrDefault("nodeSelectorTerms", List.of()));
        terms.add(term);
        selector.put("nodeSelectorTerms", terms);
        node.put(kind, selector);
      } else {
        List<Object> terms = new ArrayList<>((List<Object>) node.getOrDefault(kind, List.of()));
        terms.add(term);
        node.put(kind, terms);
      }
      all.put("nodeAffinity", node);
      affinity = OrderedMaps.copy(all);
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

    /**
     * Sets the max cache staleness.
     *
     * @throws IllegalArgumentException when the value is not an ISO-8601 duration ({@link CacheStaleness#parse})
     */
    public Builder maxCacheStaleness(String value) {
      if (value != null) {
        CacheStaleness.parse(value);
      }
      maxCacheStaleness = value;
      return this;
    }

    /** Adds a pod label. */
    public Builder podLabel(String key, String value) {
      podLabelValues.remove(key);
      podLabels.put(key, value);
      return this;
    }

    /** Adds a pod annotation. */
    public Builder podAnnotation(String key, String value) {
      podAnnotationValues.remove(key);
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

    /** Adds an init container. */
    public Builder initContainer(InitContainer value) {
      initContainers.add(value);
      return this;
    }

    /** Adds a pod label given when the pipeline runs, replacing a constant one of the same key. */
    public Builder podLabel(String key, SettingValue value) {
      podLabels.remove(key);
      podLabelValues.put(key, value);
      return this;
    }

    /** Adds a pod annotation given when the pipeline runs, replacing a constant one of the same key. */
    public Builder podAnnotation(String key, SettingValue value) {
      podAnnotations.remove(key);
      podAnnotationValues.put(key, value);
      return this;
    }

    /** The settings collected so far (validated). */
    public TaskSettings build() {
      return new TaskSettings(displayName, resources, env, nodeSelector, tolerations, affinity, retry, timeoutSeconds,
          caching, maxCacheStaleness, podLabels, podAnnotations, volumes, volumeMounts, sidecars, imagePullPolicy,
          initContainers, podLabelValues, podAnnotationValues);
    }
  }
}
