package io.kfp4j.sdk.argo;

import io.kfp4j.runtime.spec.ContainerSpec;
import io.kfp4j.runtime.spec.MetadataSpec;
import io.kfp4j.runtime.types.PythonJson;
import io.kfp4j.runtime.yaml.LoadedComponent;
import io.kfp4j.runtime.yaml.SpecTree;
import io.kfp4j.sdk.ir.RawContainer;
import io.kfp4j.sdk.task.CacheStaleness;
import io.kfp4j.sdk.task.EnvVar;
import io.kfp4j.sdk.task.InitContainer;
import io.kfp4j.sdk.task.Retry;
import io.kfp4j.sdk.task.Sidecar;
import io.kfp4j.sdk.task.TaskSettings;
import io.kfp4j.sdk.task.Toleration;
import io.kfp4j.sdk.task.VolumeMount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One container template per task, as KFP's {@code _op_to_template}: the container, every input parameter and
 * file input (with its data inline, for {@link DataPassing} to rewrite), every output as a parameter and an
 * artifact, the pod's scheduling, retries and volumes, and the labels and annotations the KFP UI and cache read.
 */
final class ContainerTemplates {
  /** The SDK version KFP's server and UI read from labels and annotations. */
  static final String SDK_VERSION = "1.8.22";
  /** The prefix of KFP's annotations and labels. */
  static final String KFP = "pipelines.kubeflow.org/";

  /** The {@code component_spec} and {@code component_ref} JSON of each component, written once per compile. */
  private final Map<LoadedComponent, String[]> componentJson = new java.util.IdentityHashMap<>();

  /** Templates for one compile. */
  ContainerTemplates() {}

  Map<String, Object> template(TaskOp op) {
    TaskSettings settings = op.settings();
    LoadedComponent component = op.node().component();
    ContainerSpec spec = component.spec().container().orElseThrow();
    Map<String, Object> template = new LinkedHashMap<>();
    template.put("name", op.name());
    Map<String, Object> podSpecPatch = new LinkedHashMap<>();
    template.put("container", container(op, spec, settings, podSpecPatch));
    Map<String, Object> inputs = inputs(op);
    if (!inputs.isEmpty()) {
      template.put("inputs", inputs);
    }
    Map<String, Object> outputs = outputs(op);
    if (!outputs.isEmpty()) {
      template.put("outputs", outputs);
    }
    if (!settings.nodeSelector().isEmpty()) {
      template.put("nodeSelector", new LinkedHashMap<>(settings.nodeSelector()));
    }
    if (!settings.tolerations().isEmpty()) {
      template.put("tolerations", settings.tolerations().stream().map(ContainerTemplates::toleration).toList());
    }
    if (settings.affinity() != null) {
      template.put("affinity", settings.affinity());
    }
    template.put("metadata", metadata(op, component, settings));
    Retry retry = settings.retry();
    if (retry != null && (retry.limit() > 0 || retry.policy() != null)) {
      template.put("retryStrategy", retry(retry));
    }
    if (settings.timeoutSeconds() != null) {
      template.put("activeDeadlineSeconds", settings.timeoutSeconds());
    }
    if (!settings.initContainers().isEmpty()) {
      template.put("initContainers", settings.initContainers().stream().map(ContainerTemplates::initContainer)
          .toList());
    }
    if (!settings.sidecars().isEmpty()) {
      List<Map<String, Object>> sidecars = new ArrayList<>();
      for (int i = 0; i < settings.sidecars().size(); i++) {
        sidecars.add(sidecar(settings.sidecars().get(i), op.written().sidecarImages().get(i)));
      }
      template.put("sidecars", sidecars);
    }
    if (!op.written().volumes().isEmpty()) {
      List<Map<String, Object>> volumes = new ArrayList<>(op.written().volumes());
      volumes.sort(Comparator.comparing(v -> (String) v.get("name")));
      template.put("volumes", volumes);
    }
    if (!podSpecPatch.isEmpty()) {
      template.put("podSpecPatch", PodSpecPatch.json(podSpecPatch));
    }
    return template;
  }

  private static Map<String, Object> container(TaskOp op, ContainerSpec spec, TaskSettings settings,
      Map<String, Object> podSpecPatch) {
    Map<String, Object> container = new LinkedHashMap<>();
    RawContainer raw = op.node().rawContainer();
    if (raw == null || raw.hasArgs()) {
      container.put("args", op.args());
    }
    if (raw == null || raw.hasCommand()) {
      container.put("command", op.command());
    }
    List<Map<String, Object>> env = new ArrayList<>();
    spec.env().forEach((name, value) -> env.add(plainEnv(name, value)));
    settings.env().forEach(e -> env.add(e instanceof EnvVar.Given g
        ? plainEnv(g.name(), op.written().env().get(g.name())) : env(e, op.written())));
    if (!env.isEmpty()) {
      container.put("env", env);
    }
    container.put("image", op.written().image() != null ? op.written().image() : spec.image());
    if (settings.imagePullPolicy() != null) {
      container.put("imagePullPolicy", settings.imagePullPolicy());
    }
    Map<String, Object> resources = resources(op.written());
    if (!resources.isEmpty()) {
      container.put("resources", resources);
      PodSpecPatch.moveRuntimeResources(resources, podSpecPatch);
    }
    if (!settings.volumeMounts().isEmpty()) {
      container.put("volumeMounts", settings.volumeMounts().stream().map(ContainerTemplates::mount).toList());
    }
    return container;
  }

  /** A template's input parameters: every parameter it reads, once, sorted by name. */
  static List<Object> inputParameters(TaskOp op) {
    return op.params().stream().map(ParamRef::fullName).distinct().sorted().map(n -> (Object) entry("name", n))
        .toList();
  }

  /** The pod's labels, then the three KFP adds to every step: SDK version, SDK type and caching. */
  static Map<String, Object> sdkLabels(Map<String, ?> podLabels, boolean caching) {
    Map<String, Object> labels = new LinkedHashMap<>(podLabels);
    labels.put(KFP + "kfp_sdk_version", SDK_VERSION);
    labels.put(KFP + "pipeline-sdk-type", "kfp");
    labels.put(KFP + "enable_caching", caching ? "true" : "false");
    return labels;
  }

  private static Map<String, Object> inputs(TaskOp op) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    List<Object> parameters = inputParameters(op);
    if (!parameters.isEmpty()) {
      inputs.put("parameters", parameters);
    }
    if (!op.inputArtifacts().isEmpty()) {
      List<Object> artifacts = new ArrayList<>();
      for (TaskOp.InputArtifact a : op.inputArtifacts()) {
        Map<String, Object> artifact = entry("name", a.name());
        artifact.put("path", a.path());
        artifact.put("raw", entry("data", a.data()));
        artifacts.add(artifact);
      }
      inputs.put("artifacts", artifacts);
    }
    return inputs;
  }

  private static Map<String, Object> outputs(TaskOp op) {
    List<Object> parameters = new ArrayList<>();
    List<Object> uiArtifacts = new ArrayList<>();
    Map<String, String> artifacts = new TreeMap<>();
    op.outputPaths().forEach((output, path) -> {
      String ui = Names.uiArtifact(output);
      if (ui != null) {
        Map<String, Object> artifact = entry("name", ui);
        artifact.put("path", path);
        uiArtifacts.add(artifact);
      } else {
        artifacts.put(Names.output(op.name(), output), path);
      }
    });
    artifacts.forEach((name, path) -> {
      Map<String, Object> parameter = entry("name", name);
      parameter.put("valueFrom", entry("path", path));
      parameters.add(parameter);
    });
    List<Object> allArtifacts = new ArrayList<>();
    if (op.node().rawContainer() != null) {
      op.node().rawContainer().outputArtifacts().forEach((name, path) -> {
        Map<String, Object> artifact = entry("name", name);
        artifact.put("path", path);
        allArtifacts.add(artifact);
      });
    }
    allArtifacts.addAll(uiArtifacts);
    artifacts.forEach((name, path) -> {
      Map<String, Object> artifact = entry("name", name);
      artifact.put("path", path);
      allArtifacts.add(artifact);
    });
    Map<String, Object> outputs = new LinkedHashMap<>();
    if (!parameters.isEmpty()) {
      outputs.put("parameters", parameters);
    }
    if (!allArtifacts.isEmpty()) {
      outputs.put("artifacts", allArtifacts);
    }
    return outputs;
  }

  private Map<String, Object> metadata(TaskOp op, LoadedComponent component, TaskSettings settings) {
    MetadataSpec meta = component.spec().metadata();
    Map<String, Object> annotations = new LinkedHashMap<>(meta.annotations());
    annotations.putAll(settings.podAnnotations());
    annotations.putAll(op.written().podAnnotations());
    if (settings.displayName() != null) {
      annotations.put(KFP + "task_display_name", settings.displayName());
    }
    boolean raw = op.node().rawContainer() != null; // KFP keeps no component for a raw ContainerOp
    if (!raw) {
      String[] json = componentJson.computeIfAbsent(component, ContainerTemplates::componentJson);
      annotations.put(KFP + "component_spec", json[0]);
      annotations.put(KFP + "component_ref", json[1]);
    }
    if (!raw && !op.parameterArguments().isEmpty()) {
      annotations.put(KFP + "arguments.parameters", PythonJson.dumps(op.parameterArguments()));
    }
    CacheStaleness.of(settings, meta).ifPresent(s -> annotations.put(KFP + "max_cache_staleness", s.text()));
    Map<String, Object> podLabels = new LinkedHashMap<>(podLabels(op, settings));
    podLabels.putAll(op.written().podLabels());
    Map<String, Object> labels = sdkLabels(podLabels, settings.caching());
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("annotations", annotations);
    metadata.put("labels", labels);
    return metadata;
  }

  /** The component's {@code component_spec} and {@code component_ref} annotations. */
  private static String[] componentJson(LoadedComponent component) {
    Map<String, Object> ref = new LinkedHashMap<>();
    if (component.digest() != null) {
      ref.put("digest", component.digest());
    }
    if (component.origin() != null) {
      ref.put("url", component.origin());
    }
    return new String[] {PythonJson.dumps(SpecTree.of(component.spec())), PythonJson.dumps(ref)};
  }

  private static Map<String, String> podLabels(TaskOp op, TaskSettings settings) {
    Map<String, String> labels = new LinkedHashMap<>(op.node().component().spec().metadata().labels());
    labels.putAll(settings.podLabels());
    return labels;
  }

  private static Map<String, Object> resources(SettingText written) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (!written.limits().isEmpty()) {
      out.put("limits", new LinkedHashMap<>(written.limits()));
    }
    if (!written.requests().isEmpty()) {
      out.put("requests", new LinkedHashMap<>(written.requests()));
    }
    return out;
  }

  private static Map<String, Object> retry(Retry retry) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (retry.limit() > 0) {
      out.put("limit", retry.limit());
    }
    if (retry.policy() != null) {
      out.put("retryPolicy", retry.policy());
    }
    Map<String, Object> backoff = new LinkedHashMap<>();
    if (retry.backoffDuration() != null) {
      backoff.put("duration", retry.backoffDuration());
    }
    if (retry.backoffFactor() != null) {
      backoff.put("factor", retry.backoffFactor());
    }
    if (retry.backoffMaxDuration() != null) {
      backoff.put("maxDuration", retry.backoffMaxDuration());
    }
    if (!backoff.isEmpty()) {
      out.put("backoff", backoff);
    }
    return out;
  }

  private static Map<String, Object> env(EnvVar env, SettingText written) {
    if (env instanceof EnvVar.Plain p) {
      return plainEnv(p.name(), p.value());
    }
    Map<String, Object> out = entry("name", env.name());
    Map<String, Object> selector = new LinkedHashMap<>();
    if (env instanceof EnvVar.FromField f) {
      out.put("valueFrom", entry("fieldRef", entry("fieldPath", f.fieldPath())));
    } else if (env instanceof EnvVar.FromSecret s) {
      selector.put("key", s.key());
      selector.put("name", written.secretNames().get(s.name()));
      out.put("valueFrom", entry("secretKeyRef", selector));
    } else {
      EnvVar.FromConfigMap c = (EnvVar.FromConfigMap) env;
      selector.put("key", c.key());
      selector.put("name", c.configMap());
      out.put("valueFrom", entry("configMapKeyRef", selector));
    }
    return out;
  }

  private static Map<String, Object> plainEnv(String name, String value) {
    Map<String, Object> out = entry("name", name);
    out.put("value", value);
    return out;
  }

  private static Map<String, Object> toleration(Toleration t) {
    Map<String, Object> out = new LinkedHashMap<>();
    putIfSet(out, "effect", t.effect());
    putIfSet(out, "key", t.key());
    putIfSet(out, "operator", t.operator());
    putIfSet(out, "tolerationSeconds", t.tolerationSeconds());
    putIfSet(out, "value", t.value());
    return out;
  }

  private static Map<String, Object> sidecar(Sidecar s, String image) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (!s.args().isEmpty()) {
      out.put("args", s.args());
    }
    if (!s.command().isEmpty()) {
      out.put("command", s.command());
    }
    out.put("image", image);
    if (s.mirrorVolumeMounts()) {
      out.put("mirrorVolumeMounts", true);
    }
    out.put("name", s.name());
    return out;
  }

  private static Map<String, Object> initContainer(InitContainer c) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (!c.args().isEmpty()) {
      out.put("args", c.args());
    }
    if (!c.command().isEmpty()) {
      out.put("command", c.command());
    }
    out.put("image", c.image());
    if (c.mirrorVolumeMounts()) {
      out.put("mirrorVolumeMounts", true);
    }
    out.put("name", c.name());
    return out;
  }

  private static Map<String, Object> mount(VolumeMount m) {
    Map<String, Object> out = entry("mountPath", m.mountPath());
    out.put("name", m.name());
    if (m.readOnly()) {
      out.put("readOnly", true);
    }
    putIfSet(out, "subPath", m.subPath());
    return out;
  }

  private static void putIfSet(Map<String, Object> out, String key, Object value) {
    if (value != null) {
      out.put(key, value);
    }
  }

  static Map<String, Object> entry(String key, Object value) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(key, Objects.requireNonNull(value, key));
    return out;
  }
}
