package io.kfp4j.sdk;

import io.kfp4j.runtime.spec.InputSpec;
import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.task.EnvVar;
import io.kfp4j.sdk.task.InitContainer;
import io.kfp4j.sdk.task.NodeRequirement;
import io.kfp4j.sdk.task.Retry;
import io.kfp4j.sdk.task.SettingValue;
import io.kfp4j.sdk.task.Sidecar;
import io.kfp4j.sdk.task.TaskSettings;
import io.kfp4j.sdk.task.Toleration;
import io.kfp4j.sdk.task.Volume;
import io.kfp4j.sdk.task.VolumeMount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One run of a component inside a pipeline, as returned by a generated {@code XxxOp} factory: the component,
 * its arguments by input name, typed references to its outputs, and its settings. Created inside a pipeline, a
 * task joins it (and the innermost open group) at once. Settings chain and return the generated task type.
 *
 * @param <S> the generated task type, returned by chained calls
 */
public abstract class Task<S extends Task<S>> {
  private final ComponentDefinition component;
  private final Map<String, Source<?>> arguments = new LinkedHashMap<>();
  private final Map<String, ArgumentValue> resolved = new LinkedHashMap<>();
  private final List<Task<?>> after = new ArrayList<>();
  private final List<GraphCall<?>> afterCalls = new ArrayList<>();
  private final PipelineContext context;
  private final String taskName;
  private TaskSettings settings = TaskSettings.DEFAULT;
  private final GraphExpansion.Expanded expanded;

  /**
   * A task with arguments for some of the component's inputs.
   *
   * @throws IllegalArgumentException when an argument names no input, or a required input has none
   */
  protected Task(ComponentDefinition component, Map<String, ? extends Source<?>> arguments) {
    this.component = component;
    this.context = PipelineContext.current().orElse(null);
    boolean graph = GraphExpansion.isGraph(component);
    this.taskName = context == null || graph ? null : context.register(this);
    arguments.forEach(this::put);
    for (InputSpec input : component.spec().inputs()) {
      if (!input.optional() && input.defaultValue() == null && !this.arguments.containsKey(input.name())) {
        throw new PipelineBuildException(where() + "no argument for required input \"" + input.name()
            + "\"; pass a Value.of(...), a Param or another task's Output");
      }
    }
    // a graph component's task is its graph's tasks, created here in the current group, as KFP 1.8.22 does
    this.expanded = context != null && graph ? GraphExpansion.expand(component, this.arguments, "pipeline \""
        + context.pipelineName() + "\", task of graph component \"" + component.name() + "\""
        + (component.loaded().origin() == null ? "" : " (" + component.loaded().origin() + ")")) : null;
  }

  /**
   * A task with arguments for the named inputs, in order: what generated task factories call (plain arrays, so that
   * javac infers nothing per component).
   *
   * @throws IllegalArgumentException when the counts differ, an argument names no input, or a required input has
   *     none
   */
  protected Task(ComponentDefinition component, String[] inputs, Source<?>... arguments) {
    this(component, argumentMap(inputs, arguments));
  }

  private static Map<String, Source<?>> argumentMap(String[] inputs, Source<?>[] arguments) {
    if (inputs.length != arguments.length) {
      throw new IllegalArgumentException(inputs.length + " input names for " + arguments.length + " arguments");
    }
    Map<String, Source<?>> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < inputs.length; i++) {
      map.put(inputs[i], arguments[i]);
    }
    return map;
  }

  /** The component this task runs. */
  public ComponentDefinition component() {
    return component;
  }

  /** The task's unique name in its pipeline ({@code add}, {@code add-2}), or {@code null} outside a pipeline. */
  public String taskName() {
    return taskName;
  }

  /** The arguments given, by input name, in the order given. */
  public Map<String, Source<?>> arguments() {
    return Collections.unmodifiableMap(arguments);
  }

  /** The settings so far. */
  public TaskSettings settings() {
    return settings;
  }

  // ---- settings, each chained ----

  /** Runs after these tasks, besides those whose outputs it reads. */
  public S after(Task<?>... tasks) {
    if (expanded != null) {
      expanded.tasks().values().forEach(t -> t.after(tasks));
      return self();
    }
    for (Task<?> task : tasks) {
      if (task == this) {
        throw new PipelineBuildException(where() + "a task cannot run after itself");
      }
      after.add(task);
    }
    return self();
  }

  /** Runs after these calls of graph components have finished as a whole ({@link GraphComponent}). */
  public S after(GraphCall<?>... calls) {
    if (expanded != null) {
      expanded.tasks().values().forEach(t -> t.after(calls));
      return self();
    }
    afterCalls.addAll(java.util.Arrays.asList(calls));
    return self();
  }

  /** The name the UI shows. */
  public S displayName(String name) {
    return set(b -> b.displayName(name));
  }

  /** CPU request, e.g. {@code "500m"} or {@code "2"}. */
  public S cpuRequest(String cpu) {
    return set(b -> b.request("cpu", cpu));
  }

  /** CPU limit. */
  public S cpuLimit(String cpu) {
    return set(b -> b.limit("cpu", cpu));
  }

  /** Memory request, e.g. {@code "512Mi"}. */
  public S memoryRequest(String memory) {
    return set(b -> b.request("memory", memory));
  }

  /** Memory limit. */
  public S memoryLimit(String memory) {
    return set(b -> b.limit("memory", memory));
  }

  /** CPU request given when the pipeline runs (a parameter, an output), set through KFP's {@code podSpecPatch}. */
  public S cpuRequest(Source<String> cpu) {
    return runtimeResource(true, "cpu", cpu);
  }

  /** CPU limit given when the pipeline runs. */
  public S cpuLimit(Source<String> cpu) {
    return runtimeResource(false, "cpu", cpu);
  }

  /** Memory request given when the pipeline runs ({@code memoryRequest(p.param("mem", String.class, "1G"))}). */
  public S memoryRequest(Source<String> memory) {
    return runtimeResource(true, "memory", memory);
  }

  /** Memory limit given when the pipeline runs. */
  public S memoryLimit(Source<String> memory) {
    return runtimeResource(false, "memory", memory);
  }

  /** Ephemeral storage request. */
  public S ephemeralStorageRequest(String size) {
    return set(b -> b.request("ephemeral-storage", size));
  }

  /** Ephemeral storage limit. */
  public S ephemeralStorageLimit(String size) {
    return set(b -> b.limit("ephemeral-storage", size));
  }

  /** GPU limit of an NVIDIA GPU. */
  public S gpuLimit(int gpus) {
    return gpuLimit(gpus, "nvidia");
  }

  /** GPU limit of a vendor's GPU ({@code nvidia} or {@code amd}), as {@code <vendor>.com/gpu}, written as a number. */
  public S gpuLimit(int gpus, String vendor) {
    checkVendor(vendor);
    return set(b -> b.limit(vendor + ".com/gpu", (long) gpus));
  }

  /** GPU limit of an NVIDIA GPU as text ({@code "2"}), written quoted as KFP writes {@code set_gpu_limit('2')}. */
  public S gpuLimit(String gpus) {
    return set(b -> b.limit("nvidia.com/gpu", gpus));
  }

  private void checkVendor(String vendor) {
    if (!vendor.equals("nvidia") && !vendor.equals("amd")) {
      throw new PipelineBuildException(where() + "GPU vendor must be nvidia or amd, not \"" + vendor + "\"");
    }
  }

  /** A request of any resource, as KFP's {@code add_resource_request}. */
  public S resourceRequest(String resource, String quantity) {
    return set(b -> b.request(resource, quantity));
  }

  /** A limit of any resource ({@code cloud-tpus.google.com/v2}, ...), as KFP's {@code add_resource_limit}. */
  public S resourceLimit(String resource, String quantity) {
    return set(b -> b.limit(resource, quantity));
  }

  /** An environment variable. */
  public S env(String name, String value) {
    return set(b -> b.env(new EnvVar.Plain(name, value)));
  }

  /**
   * An environment variable whose value is given when the pipeline runs: a pipeline parameter, an output, a loop
   * item, or {@link Formatted} text with them.
   */
  public S env(String name, Source<?> value) {
    SettingValue given = givenText(value, "environment variable \"" + name + "\"");
    return set(b -> b.env(new EnvVar.Given(name, given)));
  }

  /** An environment variable from a key of a Kubernetes secret. */
  public S envFromSecret(String name, String secret, String key) {
    return set(b -> b.env(new EnvVar.FromSecret(name, secret, key)));
  }

  /**
   * An environment variable from a key of a Kubernetes secret whose name is given when the pipeline runs (a pipeline
   * parameter, an output), as kfp-kubernetes' {@code use_secret_as_env(task, secret_name=param, ...)}; the task
   * waits for the task whose output names the secret.
   */
  public S envFromSecret(String name, Source<String> secret, String key) {
    SettingValue secretName = secret instanceof Value<String> v ? SettingValue.of(v.value())
        : setting(secret, "the secret of environment variable \"" + name + "\"");
    return set(b -> b.env(new EnvVar.FromSecret(name, secretName, key)));
  }

  /** An environment variable from a key of a config map. */
  public S envFromConfigMap(String name, String configMap, String key) {
    return set(b -> b.env(new EnvVar.FromConfigMap(name, configMap, key)));
  }

  /**
   * An environment variable read from a field of the task's own pod ({@code metadata.name}, {@code metadata.uid},
   * {@code metadata.labels['<key>']}, ...), as KFP's {@code V1EnvVar(value_from=V1EnvVarSource(field_ref=...))}.
   * On the local engine it holds the local counterpart of the field (see the README), or is unset.
   */
  public S envFromField(String name, String fieldPath) {
    return set(b -> b.env(new EnvVar.FromField(name, fieldPath)));
  }

  /** A node label the pod must match. */
  public S nodeSelector(String key, String value) {
    return set(b -> b.nodeSelector(key, value));
  }

  /** A toleration. */
  public S toleration(Toleration toleration) {
    return set(b -> b.toleration(toleration));
  }

  /** A Kubernetes affinity, as its JSON form. */
  public S affinity(Map<String, Object> affinity) {
    return set(b -> b.affinity(affinity));
  }

  /**
   * Prefers nodes that match every requirement, with a weight from 1 to 100 (a preferred node affinity term, added
   * beside earlier ones).
   */
  public S preferNodes(int weight, NodeRequirement... requirements) {
    return set(b -> b.preferNodes(weight, List.of(requirements)));
  }

  /** Requires a node that matches every requirement (or those of another {@code requireNodes} term). */
  public S requireNodes(NodeRequirement... requirements) {
    return set(b -> b.requireNodes(List.of(requirements)));
  }

  /**
   * Runs on preemptible GKE nodes, as KFP's {@code gcp.use_preemptible_nodepool(hard_constraint=...)}: tolerates the
   * taint {@code preemptible=true:NoSchedule} and prefers (weight 50) nodes labelled
   * {@code cloud.google.com/gke-preemptible=true}, or with a hard constraint requires them. (It takes the flag so
   * that no output accessor of a generated task can clash with it.)
   */
  public S preemptibleNodePool(boolean hardConstraint) {
    return preemptibleNodePool(Toleration.of("preemptible", "true", "NoSchedule"), hardConstraint);
  }

  /** As {@link #preemptibleNodePool(boolean)}, with another toleration. */
  public S preemptibleNodePool(Toleration toleration, boolean hardConstraint) {
    NodeRequirement preemptible = NodeRequirement.in("cloud.google.com/gke-preemptible", "true");
    toleration(toleration);
    return hardConstraint ? requireNodes(preemptible) : preferNodes(50, preemptible);
  }

  /** Retries on failure, up to {@code limit} times. */
  public S retry(int limit) {
    return retry(Retry.times(limit));
  }

  /** Retries as the strategy says. */
  public S retry(Retry retry) {
    return set(b -> b.retry(retry));
  }

  /** The task's deadline. */
  public S timeout(Duration timeout) {
    return set(b -> b.timeoutSeconds(Math.max(1, timeout.toSeconds())));
  }

  /** Whether KFP may reuse a cached result of this task (default on). */
  public S caching(boolean enabled) {
    return set(b -> b.caching(enabled));
  }

  /** How old a cached result may be, as ISO-8601 ({@code P30D}; {@code P0D} disables reuse). */
  public S maxCacheStaleness(String duration) {
    return set(b -> b.maxCacheStaleness(duration));
  }

  /** A label of the pod. */
  public S podLabel(String key, String value) {
    return set(b -> b.podLabel(key, value));
  }

  /** An annotation of the pod. */
  public S podAnnotation(String key, String value) {
    return set(b -> b.podAnnotation(key, value));
  }

  /**
   * A label of the pod whose value is given when the pipeline runs, as KFP's {@code add_pod_label} with a
   * {@code PipelineParam} (often from an op transformer, see {@link PipelineScope#opTransformer}).
   */
  public S podLabel(String key, Source<?> value) {
    SettingValue given = givenText(value, "pod label \"" + key + "\"");
    return set(b -> b.podLabel(key, given));
  }

  /** An annotation of the pod whose value is given when the pipeline runs. */
  public S podAnnotation(String key, Source<?> value) {
    SettingValue given = givenText(value, "pod annotation \"" + key + "\"");
    return set(b -> b.podAnnotation(key, given));
  }

  /** A container that runs to completion before the main container, as KFP's {@code add_init_container}. */
  public S initContainer(InitContainer container) {
    return set(b -> b.initContainer(container));
  }

  /** Mounts a volume at a path of the container. */
  public S mount(Volume volume, String path) {
    return set(b -> b.volume(volume).volumeMount(new VolumeMount(volume.name(), path, null, false)));
  }

  /**
   * Mounts the claim a {@link VolumeOp} creates at a path of the container, as KFP's {@code pvolumes}: the task reads
   * the claim's name (so it runs after the VolumeOp) and waits for the tasks the volume was passed through.
   */
  public S mount(PipelineVolume volume, String path) {
    SettingValue claim = setting(volume.op().claimName(),
        "the claim name of volume \"" + volume.op().taskName() + "\"");
    Volume pvc = new Volume.Claim(volume.op().taskName(), claim);
    after(volume.dependents().toArray(new Task<?>[0]));
    return mount(pvc, path);
  }

  /**
   * Mounts a Kubernetes secret whose name may be given when the pipeline runs (the name of a secret a
   * {@link ResourceOp} creates) at a path of the container, as a volume named {@code volumeName}.
   */
  public S mountSecret(String volumeName, Source<String> secretName, String path) {
    SettingValue name = secretName instanceof Value<String> v ? SettingValue.of(v.value())
        : setting(secretName, "the secret name of volume \"" + volumeName + "\"");
    return mount(Volume.of(volumeName, Map.of("secret", Map.of("secretName", name))), path);
  }

  /**
   * Mounts an existing persistent volume claim whose name may be given when the pipeline runs (a pipeline parameter,
   * a task's output) at a path of the container, as a volume named {@code volumeName}: kfp-kubernetes'
   * {@code mount_pvc(task, pvc_name=..., mount_path=...)}. The task waits for the task whose output names the claim.
   */
  public S mountClaim(String volumeName, Source<String> claimName, String path) {
    SettingValue claim = claimName instanceof Value<String> v ? SettingValue.of(v.value())
        : setting(claimName, "the claim name of volume \"" + volumeName + "\"");
    return mount(new Volume.Claim(volumeName, claim), path);
  }

  /** Adds a volume to the pod without mounting it. */
  public S volume(Volume volume) {
    return set(b -> b.volume(volume));
  }

  /** Adds a container mount of a pod volume. */
  public S volumeMount(VolumeMount mount) {
    return set(b -> b.volumeMount(mount));
  }

  /** A sidecar container. */
  public S sidecar(Sidecar sidecar) {
    return set(b -> b.sidecar(sidecar));
  }

  /**
   * A sidecar container whose image may be given when the pipeline runs, as KFP's {@code dsl.Sidecar(name,
   * image='hashicorp/http-echo:%s' % tag, args=[...])}.
   */
  public S sidecar(String name, Source<String> image, List<String> command, List<String> args) {
    SettingValue given = givenText(image, "the image of sidecar \"" + name + "\"");
    return sidecar(new Sidecar(name, given, command, args, false));
  }

  /** The image pull policy: {@code Always}, {@code Never} or {@code IfNotPresent}. */
  public S imagePullPolicy(String policy) {
    return set(b -> b.imagePullPolicy(policy));
  }

  // ---- for generated subclasses ----

  /** Sets the argument of an optional input. */
  protected S argument(String input, Source<?> value) {
    put(input, value);
    if (expanded != null) {
      expanded.rebind(input, value);
    }
    return self();
  }

  /** A typed reference to one of the component's outputs; the generated accessor fixes its type. */
  protected <T> Output<T> output(String name) {
    if (component.spec().output(name).isEmpty()) {
      throw new IllegalArgumentException("component \"" + component.name() + "\" has no output \"" + name
          + "\"; its outputs are: " + String.join(", ", component.spec().outputs().stream().map(o -> o.name()).toList()));
    }
    return new Output<>(this, name);
  }

  /** This task as its generated type ({@code S} is the class itself, as every task class declares it). */
  @SuppressWarnings("unchecked")
  protected S self() {
    return (S) this;
  }

  // ---- internals ----

  Map<String, ArgumentValue> resolved() {
    return Collections.unmodifiableMap(resolved);
  }

  List<Task<?>> afterTasks() {
    return List.copyOf(after);
  }

  /**
   * The pipeline's tasks this task stands for: itself, or for a graph component's task the tasks of its graph (at
   * any depth).
   */
  List<Task<?>> pipelineTasks() {
    if (expanded == null) {
      return List.of(this);
    }
    List<Task<?>> tasks = new ArrayList<>();
    expanded.tasks().values().forEach(t -> tasks.addAll(t.pipelineTasks()));
    return tasks;
  }

  /** For a graph component's task in a pipeline, its graph's tasks and outputs; else {@code null}. */
  GraphExpansion.Expanded expanded() {
    return expanded;
  }

  List<GraphCall<?>> afterCalls() {
    return List.copyOf(afterCalls);
  }

  private S runtimeResource(boolean request, String resource, Source<String> value) {
    if (value instanceof Value<String> constant) {
      return request ? resourceRequest(resource, constant.value()) : resourceLimit(resource, constant.value());
    }
    SettingValue setting = setting(value, resource + (request ? " request" : " limit"));
    return set(b -> request ? b.request(resource, setting) : b.limit(resource, setting));
  }

  /** A setting given when the pipeline runs, as a typed reference the compiler and engine resolve. */
  SettingValue setting(Source<?> value, String what) {
    if (context == null) {
      throw new PipelineBuildException(where() + what + " given when the pipeline runs can only be set on a task"
          + " created inside a pipeline");
    }
    return context.setting(value, "task \"" + taskName + "\"", what);
  }

  /** Text given when the pipeline runs (a constant stays a constant), for settings written as text. */
  private SettingValue givenText(Source<?> value, String what) {
    if (value instanceof Value<?> constant) {
      return SettingValue.of(constant.value() instanceof String s ? s
          : io.kfp4j.runtime.types.TypeRegistry.standard().serialize(constant.value(), null));
    }
    if (context == null) {
      throw new PipelineBuildException(where() + what + " given when the pipeline runs can only be set on a task"
          + " created inside a pipeline");
    }
    return SettingValue.of(context.argument(value, "task \"" + taskName + "\"", what, null));
  }

  private S set(UnaryOperator<TaskSettings.Builder> change) {
    if (GraphExpansion.isGraph(component)) {
      throw new PipelineBuildException(where() + "it runs graph component \"" + component.name() + "\", whose tasks"
          + " become the pipeline's tasks (as in KFP), so it takes no settings of its own; set them in the"
          + " components its graph uses");
    }
    try {
      settings = change.apply(settings.toBuilder()).build();
    } catch (IllegalArgumentException e) {
      throw new PipelineBuildException(where() + e.getMessage());
    }
    return self();
  }

  private void put(String input, Source<?> value) {
    InputSpec spec = component.spec().input(input).orElseThrow(() -> new PipelineBuildException(where()
        + "component \"" + component.name() + "\" has no input \"" + input + "\"; use one of its inputs: "
        + String.join(", ", component.spec().inputs().stream().map(InputSpec::name).toList())));
    if (value == null) {
      throw new PipelineBuildException(where() + "the argument of input \"" + input
          + "\" is null; pass a Value.of(...), a Param or another task's Output");
    }
    arguments.put(input, value);
    if (context != null) {
      resolved.put(input, context.argument(value, "task \"" + (taskName == null ? component.name() : taskName) + "\"",
          "input \"" + input + "\"", spec));
    }
  }

  private String where() {
    return (context == null ? "" : "pipeline \"" + context.pipelineName() + "\", ") + "task \""
        + (taskName == null ? component.name() : taskName) + "\": ";
  }

  @Override
  public String toString() {
    return "task \"" + (taskName == null ? component.name() : taskName) + "\"";
  }
}
