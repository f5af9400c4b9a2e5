package io.kfp4j.sdk.v2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kfp4j.sdk.ir.PipelineSettings;
import io.kfp4j.sdk.ir.TaskNode;
import io.kfp4j.sdk.task.EnvVar;
import io.kfp4j.sdk.task.SettingValue;
import io.kfp4j.sdk.task.TaskSettings;
import io.kfp4j.sdk.task.Toleration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The Kubernetes settings of a pipeline's tasks in KFP v2's {@code platforms} document, as KFP's kubernetes extension
 * ({@code kfp.kubernetes}) writes them: per executor, a {@code kfp_kubernetes.KubernetesExecutorConfig} as JSON.
 *
 * <pre>{@code
 * KubernetesPlatform k8s = new KubernetesPlatform(graph.name(), graph.settings());
 * k8s.refuseInexpressible(node);                                     // what neither the IR nor this can say
 * ObjectNode config = k8s.executorConfig(node, ParameterSpecs.ROOT_DAG); // {} when the task sets nothing
 * ObjectNode platforms = KubernetesPlatform.document(Map.of("exec-add", config)); // the second YAML document
 * }</pre>
 *
 * <p>What maps where: secrets and config maps read into variables to {@code secretAsEnv} / {@code configMapAsEnv},
 * pod fields to {@code fieldPathAsEnv}, mounted claims, secrets, config maps and empty folders to {@code pvcMount},
 * {@code secretAsVolume}, {@code configMapAsVolume}, {@code emptyDirMounts}; node selector (with the pipeline's
 * default) to {@code nodeSelector.labels}, tolerations, node affinity terms to {@code nodeAffinity}, pod labels and
 * annotations to {@code podMetadata}, the image pull policy, the timeout to {@code activeDeadlineSeconds}, and the
 * pipeline's image pull secrets to each executor's {@code imagePullSecret}.
 */
public final class KubernetesPlatform {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final String pipeline;
  private final PipelineSettings settings;

  /**
   * @param pipeline the pipeline's name, for messages
   * @param settings its pipeline-wide settings (image pull secrets and the default node selector reach every
   *     executor)
   */
  public KubernetesPlatform(String pipeline, PipelineSettings settings) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * The {@code platforms} document for these executor configs ({@code {platforms: {kubernetes: {deploymentSpec:
   * {executors: ...}}}}}), leaving out empty configs; an empty node when none is left, which is then not written.
   *
   * @param executors executor label to its config ({@link #executorConfig})
   */
  public static ObjectNode document(Map<String, ObjectNode> executors) {
    ObjectNode configs = JSON.objectNode();
    new TreeMap<>(executors).forEach((label, config) -> {
      if (!config.isEmpty()) {
        configs.set(label, config);
      }
    });
    ObjectNode doc = JSON.objectNode();
    if (!configs.isEmpty()) {
      doc.putObject("platforms").putObject("kubernetes").putObject("deploymentSpec").set("executors", configs);
    }
    return doc;
  }

  /**
   * The task's {@code platforms.kubernetes.deploymentSpec.executors.<label>} config, keys sorted; empty when it sets
   * nothing Kubernetes.
   *
   * @param node a container task
   * @param params how values given at run time read in the task's DAG
   * @throws V2CompileException naming the pipeline, task and setting when a setting cannot be expressed
   *     ({@link #inexpressible}) or reads a value its DAG cannot pass
   */
  public ObjectNode executorConfig(TaskNode node, ParameterSpecs params) {
    refuseInexpressible(node);
    String where = "pipeline \"" + pipeline + "\", task \"" + node.name() + "\"";
    TaskSettings s = node.settings();
    ObjectNode out = JSON.objectNode();
    env(s, out, params, where);
    PlatformVolumes.mounts(s, out, params, where);
    nodeSelection(s, out);
    if (!s.podLabels().isEmpty() || !s.podAnnotations().isEmpty()) {
      ObjectNode metadata = out.putObject("podMetadata");
      putStrings(metadata, "annotations", s.podAnnotations());
      putStrings(metadata, "labels", s.podLabels());
    }
    if (s.imagePullPolicy() != null) {
      out.put("imagePullPolicy", s.imagePullPolicy());
    }
    if (s.timeoutSeconds() != null) {
      out.put("activeDeadlineSeconds", String.valueOf(s.timeoutSeconds()));
    }
    if (!settings.imagePullSecrets().isEmpty()) {
      ArrayNode secrets = out.putArray("imagePullSecret");
      for (String secret : settings.imagePullSecrets()) {
        ObjectNode entry = secrets.addObject();
        entry.put("secretName", secret);
        entry.set("secretNameParameter", parameter(SettingValue.of(secret), params, where));
      }
    }
    return SortedKeys.sorted(out);
  }

  /**
   * The Kubernetes settings of the task that the {@code platforms} document cannot express, each as
   * {@code <setting>: <why>}, in the order of {@link TaskSettings}; empty when KFP v2 can run it as set. (What the
   * pipeline spec itself cannot express, such as sidecars, a retry policy or a second accelerator, the spec's
   * compiler refuses before this is asked.)
   */
  public List<String> inexpressible(TaskNode node) {
    TaskSettings s = node.settings();
    List<String> out = new ArrayList<>();
    NodeAffinityTerms.inexpressible(s.affinity(), out);
    PlatformVolumes.inexpressible(s, out);
    s.podLabelValues().keySet().forEach(k -> out.add("pod label \"" + k + "\" given when the pipeline runs: KFP v2's"
        + " pod labels are constants"));
    s.podAnnotationValues().keySet().forEach(k -> out.add("pod annotation \"" + k + "\" given when the pipeline"
        + " runs: KFP v2's pod annotations are constants"));
    return out;
  }

  /**
   * Refuses the task when {@link #inexpressible} finds anything.
   *
   * @throws V2CompileException naming the pipeline, the task and each setting, with the fix
   */
  public void refuseInexpressible(TaskNode node) {
    List<String> settings = inexpressible(node);
    if (!settings.isEmpty()) {
      throw new V2CompileException("pipeline \"" + pipeline + "\", task \"" + node.name() + "\": KFP v2 cannot"
          + " express " + String.join("; ", settings) + ". Remove the setting for the v2 target, or compile for"
          + " the Argo target (KFP v1), which has it");
    }
  }

  private static void env(TaskSettings s, ObjectNode out, ParameterSpecs params, String where) {
    for (EnvVar var : s.env()) {
      if (var instanceof EnvVar.FromSecret secret) {
        ObjectNode entry = array(out, "secretAsEnv").addObject();
        ObjectNode key = entry.putArray("keyToEnv").addObject();
        key.put("envVar", secret.name());
        key.put("secretKey", secret.key());
        entry.put("optional", false);
        named(entry, "secretName", secret.secret(), params, where + ", environment variable \"" + secret.name() + "\"");
      } else if (var instanceof EnvVar.FromConfigMap map) {
        ObjectNode entry = array(out, "configMapAsEnv").addObject();
        ObjectNode key = entry.putArray("keyToEnv").addObject();
        key.put("configMapKey", map.key());
        key.put("envVar", map.name());
        entry.put("optional", false);
        named(entry, "configMapName", SettingValue.of(map.configMap()), params, where);
      } else if (var instanceof EnvVar.FromField field) {
        ObjectNode entry = array(out, "fieldPathAsEnv").addObject();
        entry.put("fieldPath", field.fieldPath());
        entry.put("name", field.name());
      }
      // plain variables and those given at run time are the container's env in the pipeline spec
    }
  }

  private void nodeSelection(TaskSettings s, ObjectNode out) {
    Map<String, String> selector = new LinkedHashMap<>(settings.defaultNodeSelector());
    selector.putAll(s.nodeSelector());
    if (!selector.isEmpty()) {
      putStrings(out.putObject("nodeSelector"), "labels", selector);
    }
    for (Toleration t : s.tolerations()) {
      ObjectNode entry = array(out, "tolerations").addObject();
      putIfSet(entry, "effect", t.effect());
      putIfSet(entry, "key", t.key());
      putIfSet(entry, "operator", t.operator());
      if (t.tolerationSeconds() != null) {
        entry.put("tolerationSeconds", String.valueOf(t.tolerationSeconds()));
      }
      putIfSet(entry, "value", t.value());
    }
    ArrayNode terms = NodeAffinityTerms.terms(s.affinity());
    if (!terms.isEmpty()) {
      out.set("nodeAffinity", terms);
    }
  }

  /**
   * Writes a name KFP takes as {@code <field>Parameter} (a constant as {@code runtimeValue.constant}) and, when a
   * constant, also as the deprecated {@code <field>}, as kfp-kubernetes does.
   */
  static void named(ObjectNode entry, String field, SettingValue name, ParameterSpecs params, String where) {
    entry.set(field + "Parameter", parameter(name, params, where));
    if (name instanceof SettingValue.Constant c) {
      entry.put(field, c.text());
    }
  }

  /** A setting's value as an {@code InputParameterSpec}. */
  static ObjectNode parameter(SettingValue value, ParameterSpecs params, String where) {
    if (value instanceof SettingValue.Constant c) {
      ObjectNode spec = JSON.objectNode();
      spec.putObject("runtimeValue").put("constant", c.text());
      return spec;
    }
    if (value instanceof SettingValue.WholeNumber n) {
      ObjectNode spec = JSON.objectNode();
      spec.putObject("runtimeValue").put("constant", String.valueOf(n.value()));
      return spec;
    }
    try {
      return params.of(value.reference().orElseThrow());
    } catch (V2CompileException e) {
      throw new V2CompileException(where + ": " + e.getMessage());
    }
  }

  static ArrayNode array(ObjectNode out, String field) {
    return out.has(field) ? (ArrayNode) out.get(field) : out.putArray(field);
  }

  private static void putStrings(ObjectNode out, String field, Map<String, String> values) {
    if (!values.isEmpty()) {
      ObjectNode map = out.putObject(field);
      new TreeMap<>(values).forEach(map::put);
    }
  }

  private static void putIfSet(ObjectNode out, String field, String value) {
    if (value != null) {
      out.put(field, value);
    }
  }
}
