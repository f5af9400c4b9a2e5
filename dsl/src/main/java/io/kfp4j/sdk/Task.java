package io.kfp4j.sdk;

import io.kfp4j.runtime.spec.InputSpec;
import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.task.EnvVar;
import io.kfp4j.sdk.task.InitContainer;
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
  private final PipelineContext context;
  private final String taskName;
  private TaskSettings settings = TaskSettings.DEFAULT;

  /**
   * A task with arguments for some of the component's inputs.
   *
   * @throws IllegalArgumentException when an argument names no input, or a required input has none
   */
  protected Task(ComponentDefinition component, Map<String, ? extends Source<?>> arguments) {
    this.component = component;
    this.context = PipelineContext.current().orElse(null);
    this.taskName = context == null ? null : context.register(this);
    arguments.forEach(this::put);
    for (InputSpec input : component.spec().inputs()) {
      if (!input.optional() && input.defaultValue() == null && !this.arguments.containsKey(input.name())) {
        throw new PipelineBuildException(where() + "no argument for required input \"" + input.name()
            + "\"; pass a Value.of(...), a Param or another task's Output");
      }
    }
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
    for (Task<?> task : tasks) {
      if (task == this) {
        throw new PipelineBuildException(where() + "a task cannot run after itself");
      }
      after.add(task);
    }
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

  /** An environment variable from a key of a config map. */
  public S envFromConfigMap(String name, String configMap, String key) {
    return set(b -> b.env(new EnvVar.FromConfigMap(name, configMap, key)));
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

  /** This task as its generated type. */
  protected abstract S self();

  // ---- internals ----

  Map<String, ArgumentValue> resolved() {
    return Collections.unmodifiableMap(resolved);
  }

  List<Task<?>> afterTasks() {
    return List.copyOf(after);
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
      resolved.put(input, context.argument(value, "task \"" + taskName + "\"", "input \"" + input + "\"", spec));
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
